using System.Collections.Generic;
using System.Globalization;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Lock;

/// <summary>
/// The lock members of a contract's events, ledgers and environment variables, and the argument facts of its
/// functions: the wire-visible part of each model, without lines or files.
/// </summary>
internal static class LockMemberBuilders
{
    /// <summary>Separates the segments of a nested ledger key path (<c>limits.max</c>).</summary>
    public const string KeyPathSeparator = ".";

    /// <summary>Follows an array payload field's path for its items (<c>history[]</c>, <c>stops[].lat</c>).</summary>
    public const string ArrayItemSuffix = "[]";

    /// <summary>Stands for the run-time part of an event name or subscription prefix (<c>alert/*</c>).</summary>
    public const string RunTimePart = "*";

    public static void AddEvents(EventContracts events, List<LockedMember> members)
    {
        foreach (var publish in events.Publishes)
        {
            if (LockName(publish.Name, publish.KnownPrefix, publish.KnownSuffix) is not { } name)
            {
                continue;
            }

            var facts = new List<LockedFact> { new(LockSections.PayloadProperty, LockWireNames.Of(publish.Payload.Kind)) };
            var items = new List<LockedItem>();
            if (publish.Payload.Kind == EventPayloadKind.Scalar && publish.Payload.Fields.Count > 0)
            {
                facts.Add(new LockedFact(LockSections.TypeProperty, LockWireNames.Of(publish.Payload.Fields[0].Type)));
            }
            else if (publish.Payload.Kind == EventPayloadKind.Json)
            {
                AddPayloadFields(publish.Payload.Fields, string.Empty, items, 0);
            }

            facts.Add(new LockedFact("form", LockWireNames.Of(publish.Form)));
            if (publish.Flags.Length > 0)
            {
                facts.Add(new LockedFact("flags", publish.Flags));
            }

            AddConditional(facts, publish.Conditional);
            members.Add(new LockedMember(LockSections.Publishes.Name, name, facts.ToEquatableArray(), publish.NameLocation, LockItems.Sorted(LockSections.Publishes, items)));
        }

        foreach (var subscription in events.Subscriptions)
        {
            if (LockName(subscription.Prefix, subscription.KnownPrefix, null) is not { } name)
            {
                continue;
            }

            var facts = new List<LockedFact> { new("form", LockWireNames.Of(subscription.Form)) };
            AddConditional(facts, subscription.Conditional);
            members.Add(new LockedMember(LockSections.Subscriptions.Name, name, facts.ToEquatableArray(), subscription.NameLocation));
        }
    }

    public static void AddData(DeviceDataContract data, List<LockedMember> members)
    {
        foreach (var ledger in data.Ledgers)
        {
            var items = new List<LockedItem>();
            AddLedgerKeys(ledger.Keys, string.Empty, items, 0);
            var facts = Facts(LockSections.DirectionProperty, LockWireNames.Of(ledger.Direction));
            members.Add(new LockedMember(LockSections.Ledgers.Name, ledger.Name, facts, ledger.Location, LockItems.Sorted(LockSections.Ledgers, items)));
        }

        foreach (var variable in data.Environment)
        {
            var facts = new List<LockedFact> { new(LockSections.TypeProperty, LockWireNames.Of(variable.Type)) };
            if (variable.DefaultValue is { } defaultValue)
            {
                facts.Add(new LockedFact("default", defaultValue));
            }

            members.Add(new LockedMember(LockSections.Environment.Name, variable.Name, facts.ToEquatableArray(), variable.Location));
        }
    }

    /// <summary>The grammar facts (<c>argument</c>, <c>separator</c>, <c>ignoreCase</c>) and lists of one function.</summary>
    public static EquatableArray<LockedItem> AddArgumentFacts(FunctionArgumentContract arguments, List<LockedFact> facts)
    {
        var grammar = arguments.Grammar;
        facts.Add(new LockedFact(LockSections.ArgumentProperty, LockWireNames.Of(grammar.Kind)));
        var items = new List<LockedItem>();
        switch (grammar.Kind)
        {
            case ArgumentKind.Words:
                if (grammar.IgnoreCase)
                {
                    facts.Add(new LockedFact(LockSections.IgnoreCaseProperty, "true"));
                }

                foreach (var word in grammar.Words)
                {
                    items.Add(new LockedItem("words", word, EquatableArray<LockedFact>.Empty));
                }

                break;
            case ArgumentKind.Fields:
                facts.Add(new LockedFact(LockSections.SeparatorProperty, grammar.Separator));
                for (var i = 0; i < grammar.Fields.Count; i++)
                {
                    var field = grammar.Fields[i];
                    var position = (i + 1).ToString(CultureInfo.InvariantCulture);
                    items.Add(new LockedItem("fields", position, new[] { new LockedFact(LockSections.TypeProperty, LockWireNames.Of(field.Type)), new LockedFact("name", field.Name) }.ToEquatableArray()));
                }

                break;
            case ArgumentKind.Json:
                foreach (var field in grammar.Fields)
                {
                    items.Add(new LockedItem("keys", field.Name, Facts(LockSections.TypeProperty, LockWireNames.Of(field.Type))));
                }

                break;
        }

        foreach (var code in arguments.ReturnCodes)
        {
            var value = code.Value.ToString(CultureInfo.InvariantCulture);
            items.Add(new LockedItem("returnCodes", value, code.Constant is { Length: > 0 } constant ? Facts("name", constant) : EquatableArray<LockedFact>.Empty));
        }

        return LockItems.Sorted(LockSections.Functions, items);
    }

    /// <summary>The constant name, or its constant start and end around <c>*</c>; null when nothing of it is constant.</summary>
    public static string? LockName(string? name, string? knownPrefix, string? knownSuffix)
    {
        if (name is { Length: > 0 })
        {
            return name;
        }

        if (string.IsNullOrEmpty(knownPrefix) && string.IsNullOrEmpty(knownSuffix))
        {
            return null;
        }

        return (knownPrefix ?? string.Empty) + RunTimePart + (knownSuffix ?? string.Empty);
    }

    /// <summary>
    /// Payload fields with their members: an object's as <c>pos.lat</c>, an array's item type as <c>history[]</c>, the
    /// members of an array's object items as <c>stops[].lat</c>. Object and array fields keep the type <c>json</c>
    /// (their spelling before members were locked); a conditional field records <c>conditional</c>.
    /// </summary>
    private static void AddPayloadFields(EquatableArray<EventField> fields, string parent, List<LockedItem> items, int depth)
    {
        // The reader bounds nesting already; the bound here keeps this walk safe on its own.
        if (depth > 32)
        {
            return;
        }

        foreach (var field in fields)
        {
            var path = parent + field.Name;
            items.Add(new LockedItem("fields", path, FieldFacts(field.Type, field.Conditional)));
            if (field.Type == EventFieldType.Object)
            {
                AddPayloadFields(field.Fields, path + KeyPathSeparator, items, depth + 1);
            }
            else if (field.Type == EventFieldType.Array)
            {
                var item = path + ArrayItemSuffix;
                if (field.ItemType == EventFieldType.Object)
                {
                    AddPayloadFields(field.Fields, item + KeyPathSeparator, items, depth + 1);
                }
                else
                {
                    items.Add(new LockedItem("fields", item, FieldFacts(field.ItemType, false)));
                }
            }
        }
    }

    private static EquatableArray<LockedFact> FieldFacts(EventFieldType type, bool conditional) =>
        conditional
            ? new[] { new LockedFact(LockSections.TypeProperty, LockWireNames.Of(type)), new LockedFact(LockSections.ConditionalProperty, "true") }.ToEquatableArray()
            : Facts(LockSections.TypeProperty, LockWireNames.Of(type));

    private static void AddLedgerKeys(EquatableArray<LedgerKey> keys, string parent, List<LockedItem> items, int depth)
    {
        // The reader bounds nesting already; the bound here keeps this walk safe on its own.
        if (depth > 32)
        {
            return;
        }

        foreach (var key in keys)
        {
            var path = parent + key.Name;
            items.Add(new LockedItem("keys", path, Facts(LockSections.TypeProperty, LockWireNames.Of(key.Type))));
            AddLedgerKeys(key.Keys, path + KeyPathSeparator, items, depth + 1);
        }
    }

    private static void AddConditional(List<LockedFact> facts, bool conditional)
    {
        if (conditional)
        {
            facts.Add(new LockedFact(LockSections.ConditionalProperty, "true"));
        }
    }

    private static EquatableArray<LockedFact> Facts(string key, string value) => new[] { new LockedFact(key, value) }.ToEquatableArray();
}
