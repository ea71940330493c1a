using System.Globalization;
using System.Text;

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
        foreach (var fact in member.Facts)
        {
            text.Append(", ").Append(Quote(fact.Key)).Append(": ");
            text.Append(fact.Key == LockSections.ConditionalProperty ? fact.Value : Quote(fact.Value));
        }

        text.Append(" }");
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
