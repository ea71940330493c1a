using System;
using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Firmware.Ledgers;

/// <summary>
/// The keys of one ledger as its uses show them: a key path <c>["net", "ssid"]</c> makes <c>net</c> a map with the
/// child <c>ssid</c>. The first evident type of a key wins; a later, different evident type is a conflict
/// (<see cref="Conflicts"/>), and <c>Int</c> widens to <c>Double</c> silently (<c>{"t", 21}</c> then <c>{"t", 21.5}</c>).
/// </summary>
internal sealed class LedgerKeyTree
{
    private readonly Node _root = new(string.Empty, DataValueType.Map, default);

    /// <summary>Keys whose uses disagree: the key, the first type, the other type, where the other use is.</summary>
    public List<(string Key, DataValueType First, DataValueType Other, FirmwareLocation Location)> Conflicts { get; } = new();

    public void Add(EquatableArray<string> path, DataValueType type, FirmwareLocation location)
    {
        var node = _root;
        for (var index = 0; index < path.Count; index++)
        {
            var last = index == path.Count - 1;
            var key = path[index];
            if (!node.Children.TryGetValue(key, out var child))
            {
                child = new Node(key, last ? type : DataValueType.Map, location);
                node.Children.Add(key, child);
            }
            else
            {
                Merge(child, last ? type : DataValueType.Map, location, path, index);
            }

            node = child;
        }
    }

    public EquatableArray<LedgerKey> Build() => Build(_root);

    private void Merge(Node node, DataValueType type, FirmwareLocation location, EquatableArray<string> path, int index)
    {
        if (type == DataValueType.Unknown || type == node.Type)
        {
            return;
        }

        if (node.Type == DataValueType.Unknown || (node.Type == DataValueType.Int && type == DataValueType.Double))
        {
            node.Type = type;
            return;
        }

        if (node.Type == DataValueType.Double && type == DataValueType.Int)
        {
            return;
        }

        if (!node.Conflict)
        {
            node.Conflict = true;
            Conflicts.Add((string.Join(".", Prefix(path, index)), node.Type, type, location));
        }
    }

    private static IEnumerable<string> Prefix(EquatableArray<string> path, int index)
    {
        for (var i = 0; i <= index; i++)
        {
            yield return path[i];
        }
    }

    private static EquatableArray<LedgerKey> Build(Node node)
    {
        var keys = new List<LedgerKey>(node.Children.Count);
        foreach (var child in node.Children.Values)
        {
            var type = child.Children.Count > 0 ? DataValueType.Map : child.Type;
            keys.Add(new LedgerKey(child.Name, type, child.Children.Count > 0 ? Build(child) : EquatableArray<LedgerKey>.Empty, child.Location, child.Conflict));
        }

        return keys.ToEquatableArray();
    }

    private sealed class Node(string name, DataValueType type, FirmwareLocation location)
    {
        public string Name { get; } = name;

        public DataValueType Type { get; set; } = type;

        public FirmwareLocation Location { get; } = location;

        public bool Conflict { get; set; }

        public SortedDictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);
    }
}
