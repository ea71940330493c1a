using System.Globalization;
using System.Text;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Lock;

/// <summary>
/// Writes a lock as <c>particle-contracts.lock.json</c> text: two-space indents, <c>\n</c> line ends, contracts and
/// members in ordinal name order, no absolute paths and no line numbers, so the same contract always gives the same
/// bytes and moving code never changes the lock.
/// </summary>
internal static class LockWriter
{
    public static string Write(ContractLock contractLock)
    {
        var text = new StringBuilder();
        text.Append("{\n");
        text.Append("  \"lockVersion\": ").Append(LockSections.SchemaVersion.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        text.Append("  \"contracts\": [");
        var firstContract = true;
        foreach (var contract in contractLock.Contracts)
        {
            text.Append(firstContract ? "\n" : ",\n");
            firstContract = false;
            WriteContract(text, contract);
        }

        text.Append(firstContract ? "]\n" : "\n  ]\n");
        text.Append("}\n");
        return text.ToString();
    }

    private static void WriteContract(StringBuilder text, LockedContract contract)
    {
        text.Append("    {\n");
        text.Append("      \"name\": ").Append(Quote(contract.Name)).Append(",\n");
        text.Append("      \"root\": ").Append(Quote(contract.Root));
        if (contract.ProductVersion is { } productVersion)
        {
            text.Append(",\n      \"productVersion\": ").Append(productVersion.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var section in LockSections.All)
        {
            text.Append(",\n      ").Append(Quote(section.Name)).Append(": [");
            var first = true;
            foreach (var member in contract.Members)
            {
                if (member.Section != section.Name)
                {
                    continue;
                }

                text.Append(first ? "\n" : ",\n");
                first = false;
                WriteMember(text, member);
            }

            text.Append(first ? "]" : "\n      ]");
        }

        text.Append("\n    }");
    }

    private static void WriteMember(StringBuilder text, LockedMember member)
    {
        text.Append("        { \"name\": ").Append(Quote(member.Name));
        WriteFacts(text, member.Facts);
        var section = LockSections.Find(member.Section);
        foreach (var list in section?.Lists ?? default)
        {
            WriteList(text, list, member.Items);
        }

        text.Append(" }");
    }

    private static void WriteFacts(StringBuilder text, EquatableArray<LockedFact> facts)
    {
        foreach (var fact in facts)
        {
            text.Append(", ").Append(Quote(fact.Key)).Append(": ");
            text.Append(LockSections.IsLiteral(fact.Key) ? fact.Value : Quote(fact.Value));
        }
    }

    /// <summary>A list on the member's line: <c>"words": ["off", "on"]</c>, <c>"fields": [{ "name": "temp", "type": "double" }]</c>; absent when empty.</summary>
    private static void WriteList(StringBuilder text, LockList list, EquatableArray<LockedItem> items)
    {
        var first = true;
        foreach (var item in items)
        {
            if (item.List != list.Name)
            {
                continue;
            }

            text.Append(first ? ", " + Quote(list.Name) + ": [" : ", ");
            first = false;
            if (list.Key == LockItemKey.Bare)
            {
                text.Append(Quote(item.Key));
                continue;
            }

            text.Append("{ ");
            var separator = string.Empty;
            if (list.KeyProperty is { } keyProperty)
            {
                text.Append(Quote(keyProperty)).Append(": ").Append(LockSections.IsLiteral(keyProperty) ? item.Key : Quote(item.Key));
                separator = ", ";
            }

            // A positional field's name leads, as a keyed item's key does.
            if (item.Fact("name") is { } name)
            {
                text.Append(separator).Append("\"name\": ").Append(Quote(name));
                separator = ", ";
            }

            foreach (var fact in item.Facts)
            {
                if (fact.Key != "name")
                {
                    text.Append(separator).Append(Quote(fact.Key)).Append(": ").Append(LockSections.IsLiteral(fact.Key) ? fact.Value : Quote(fact.Value));
                    separator = ", ";
                }
            }

            text.Append(" }");
        }

        if (!first)
        {
            text.Append(']');
        }
    }

    /// <summary>A JSON string literal: quotes, backslashes and control characters escaped; other text kept as is.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }
}
