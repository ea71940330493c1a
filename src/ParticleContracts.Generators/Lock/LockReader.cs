using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Lock;

/// <summary>The outcome of reading a lock file: the lock, or the first problem and where it is.</summary>
/// <param name="Lock">The lock, when it could be read.</param>
/// <param name="Error">What is wrong, when it could not.</param>
/// <param name="Location">Where the problem is in the lock file.</param>
internal sealed record LockReadResult(ContractLock? Lock, string? Error, FirmwareLocation? Location);

/// <summary>
/// Reads <c>particle-contracts.lock.json</c>. Unknown sections and properties are ignored (a newer tool may add them
/// without changing <c>lockVersion</c>); a newer <c>lockVersion</c>, a missing name or a wrong type is an error.
/// </summary>
internal static class LockReader
{
    public static LockReadResult Read(string path, string text)
    {
        LockJsonValue root;
        try
        {
            root = LockJsonParser.Parse(text);
        }
        catch (LockJsonException exception)
        {
            return Fail(path, "is not valid JSON: " + exception.Message, exception.Line, exception.Column);
        }

        if (root.Kind != LockJsonKind.Object)
        {
            return Fail(path, root, "must be a JSON object with \"lockVersion\" and \"contracts\"");
        }

        var version = root.Property("lockVersion");
        if (version is null || version.Kind != LockJsonKind.Number || !int.TryParse(version.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return Fail(path, version ?? root, "needs \"lockVersion\": " + LockSections.SchemaVersion.ToString(CultureInfo.InvariantCulture));
        }

        if (number > LockSections.SchemaVersion)
        {
            return Fail(path, version, string.Format(CultureInfo.InvariantCulture, "has lockVersion {0}, newer than this tool reads ({1}); update ParticleContracts", number, LockSections.SchemaVersion));
        }

        var contractsValue = root.Property("contracts");
        if (contractsValue is null || contractsValue.Kind != LockJsonKind.Array)
        {
            return Fail(path, contractsValue ?? root, "needs a \"contracts\" array");
        }

        var contracts = new List<LockedContract>();
        foreach (var item in contractsValue.Items)
        {
            var error = ReadContract(path, item, out var contract);
            if (error is not null)
            {
                return error;
            }

            contracts.Add(contract!);
        }

        return new LockReadResult(LockBuilder.ToLock(contracts, path), null, null);
    }

    private static LockReadResult? ReadContract(string path, LockJsonValue item, out LockedContract? contract)
    {
        contract = null;
        if (item.Kind != LockJsonKind.Object || item.Property("name") is not { Kind: LockJsonKind.String } name || name.Text.Length == 0)
        {
            return Fail(path, item, "has a contract without a \"name\"");
        }

        var root = item.Property("root") is { Kind: LockJsonKind.String } rootValue ? rootValue.Text : ".";
        int? productVersion = null;
        if (item.Property("productVersion") is { } versionValue)
        {
            if (versionValue.Kind != LockJsonKind.Number || !int.TryParse(versionValue.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return Fail(path, versionValue, "has a \"productVersion\" that is not a whole number");
            }

            productVersion = parsed;
        }

        var members = new List<LockedMember>();
        foreach (var section in LockSections.All)
        {
            if (item.Property(section.Name) is not { } sectionValue)
            {
                continue;
            }

            if (sectionValue.Kind != LockJsonKind.Array)
            {
                return Fail(path, sectionValue, "has \"" + section.Name + "\" that is not an array");
            }

            foreach (var entry in sectionValue.Items)
            {
                if (entry.Kind != LockJsonKind.Object || entry.Property("name") is not { Kind: LockJsonKind.String } memberName || memberName.Text.Length == 0)
                {
                    return Fail(path, entry, "has an entry in \"" + section.Name + "\" without a \"name\"");
                }

                var itemError = ReadItems(path, section, entry, memberName.Text, out var items);
                if (itemError is not null)
                {
                    return itemError;
                }

                members.Add(new LockedMember(section.Name, memberName.Text, ReadFacts(section.WireProperties, section.CosmeticProperties, entry), LocationOf(path, memberName), items));
            }
        }

        members.Sort(LockBuilder.CompareMembers);
        contract = new LockedContract(name.Text, root, productVersion, members.ToEquatableArray(), LocationOf(path, name));
        return null;
    }

    private static EquatableArray<LockedFact> ReadFacts(ImmutableArray<string> wireProperties, ImmutableArray<string> cosmeticProperties, LockJsonValue entry)
    {
        var facts = new List<LockedFact>();
        foreach (var key in wireProperties)
        {
            AddFact(facts, key, entry.Property(key));
        }

        foreach (var key in cosmeticProperties)
        {
            AddFact(facts, key, entry.Property(key));
        }

        return facts.ToEquatableArray();
    }

    /// <summary>The member's lists (<c>fields</c>, <c>words</c>, <c>returnCodes</c>, <c>keys</c>) in the builder's order.</summary>
    private static LockReadResult? ReadItems(string path, LockSection section, LockJsonValue entry, string member, out EquatableArray<LockedItem> items)
    {
        items = EquatableArray<LockedItem>.Empty;
        var read = new List<LockedItem>();
        foreach (var list in section.Lists)
        {
            if (entry.Property(list.Name) is not { } listValue)
            {
                continue;
            }

            if (listValue.Kind != LockJsonKind.Array)
            {
                return Fail(path, listValue, "has \"" + list.Name + "\" of '" + member + "' that is not an array");
            }

            for (var i = 0; i < listValue.Items.Count; i++)
            {
                var value = listValue.Items[i];
                if (KeyOf(list, value, i) is not { } key)
                {
                    return Fail(path, value, "has an entry in \"" + list.Name + "\" of '" + member + "' without " + (list.KeyProperty is { } property ? "a \"" + property + "\"" : "a string"));
                }

                var facts = value.Kind == LockJsonKind.Object ? ReadFacts(list.WireProperties, list.CosmeticProperties, value) : EquatableArray<LockedFact>.Empty;
                read.Add(new LockedItem(list.Name, key, facts));
            }
        }

        items = LockItems.Sorted(section, read);
        return null;
    }

    private static string? KeyOf(LockList list, LockJsonValue value, int index) => list.Key switch
    {
        LockItemKey.Bare => value.Kind == LockJsonKind.String ? value.Text : null,
        LockItemKey.Positional => value.Kind == LockJsonKind.Object ? (index + 1).ToString(CultureInfo.InvariantCulture) : null,
        LockItemKey.Numbered => value.Kind == LockJsonKind.Object && value.Property("value") is { Kind: LockJsonKind.Number } number
            && long.TryParse(number.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
            ? parsed.ToString(CultureInfo.InvariantCulture)
            : null,
        _ => value.Kind == LockJsonKind.Object && value.Property("name") is { Kind: LockJsonKind.String } name ? name.Text : null,
    };

    private static void AddFact(List<LockedFact> facts, string key, LockJsonValue? value)
    {
        switch (value?.Kind)
        {
            case LockJsonKind.String:
            case LockJsonKind.Number:
                facts.Add(new LockedFact(key, value.Text));
                break;
            case LockJsonKind.True:
                facts.Add(new LockedFact(key, "true"));
                break;
        }
    }

    /// <summary>The location of a JSON value in the lock file (values never span lines in a written lock).</summary>
    public static FirmwareLocation LocationOf(string path, LockJsonValue value) =>
        new(path, value.Line, value.Column, value.Start, value.Length, value.Line, value.Column + value.Length);

    private static LockReadResult Fail(string path, LockJsonValue value, string message) =>
        Fail(path, message, value.Line, value.Column);

    private static LockReadResult Fail(string path, string message, int line, int column) =>
        new(null, "the lock file " + message, new FirmwareLocation(path, line, column, 0, 0, line, column));
}
