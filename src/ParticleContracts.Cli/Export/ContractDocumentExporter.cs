using System.Text.Json;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Lock;

namespace ParticleContracts.Cli.Export;

/// <summary>
/// <c>--format json</c>: the <c>inspect --json</c> document plus <c>format</c> (the schema's <c>$id</c>), <c>formatVersion</c> and, per
/// contract, <c>productVersion</c> and the wire view (<c>variables</c>, <c>functions</c>, <c>publishes</c>,
/// <c>subscriptions</c>, <c>ledgers</c>, <c>environment</c>, with their lists) as the lock records it.
/// The document validates against <c>docs/schemas/particle-contracts.schema.json</c>.
/// </summary>
internal static class ContractDocumentExporter
{
    public const string FileName = "particle-contracts.json";

    /// <summary>The <c>$id</c> of <c>docs/schemas/particle-contracts.schema.json</c>.</summary>
    public const string SchemaId = "urn:particle-contracts:schema:contracts";

    public const int FormatVersion = 1;

    public static IReadOnlyList<ExportedFile> Export(ExportInput input)
    {
        var wireByName = input.Wire.Contracts.AsImmutableArray().ToDictionary(static contract => contract.Name, StringComparer.Ordinal);
        var extension = new ContractJsonExtension(
            static writer =>
            {
                writer.WriteString("format", SchemaId);
                writer.WriteNumber("formatVersion", FormatVersion);
            },
            (writer, contract) => WriteWireView(writer, wireByName.GetValueOrDefault(contract.Name)));
        using var text = new StringWriter { NewLine = "\n" };
        ContractJsonWriter.Write(input.Contracts, text, extension);
        return [new ExportedFile(FileName, text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal))];
    }

    /// <summary>Each list of a member as the lock writes it: bare words, keyed items with their facts, positional fields in order.</summary>
    private static void WriteLists(Utf8JsonWriter writer, LockSection section, EquatableArray<LockedItem> items)
    {
        foreach (var list in section.Lists)
        {
            if (!items.Any(item => item.List == list.Name))
            {
                continue;
            }

            writer.WriteStartArray(list.Name);
            foreach (var item in items)
            {
                if (item.List != list.Name)
                {
                    continue;
                }

                if (list.Key == LockItemKey.Bare)
                {
                    writer.WriteStringValue(item.Key);
                    continue;
                }

                writer.WriteStartObject();
                if (list.Key == LockItemKey.Numbered)
                {
                    writer.WriteNumber(list.KeyProperty!, long.Parse(item.Key, System.Globalization.CultureInfo.InvariantCulture));
                }
                else if (list.KeyProperty is { } keyProperty)
                {
                    writer.WriteString(keyProperty, item.Key);
                }

                foreach (var fact in item.Facts)
                {
                    if (LockSections.IsLiteral(fact.Key))
                    {
                        writer.WriteBoolean(fact.Key, fact.Value == "true");
                    }
                    else
                    {
                        writer.WriteString(fact.Key, fact.Value);
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }

    private static void WriteWireView(Utf8JsonWriter writer, LockedContract? wire)
    {
        if (wire?.ProductVersion is { } version)
        {
            writer.WriteNumber("productVersion", version);
        }
        else
        {
            writer.WriteNull("productVersion");
        }

        foreach (var section in LockSections.All)
        {
            writer.WriteStartArray(section.Name);
            foreach (var member in wire?.Members ?? EquatableArray<LockedMember>.Empty)
            {
                if (member.Section != section.Name)
                {
                    continue;
                }

                writer.WriteStartObject();
                writer.WriteString("name", member.Name);
                foreach (var fact in member.Facts)
                {
                    if (LockSections.IsLiteral(fact.Key))
                    {
                        writer.WriteBoolean(fact.Key, fact.Value == "true");
                    }
                    else
                    {
                        writer.WriteString(fact.Key, fact.Value);
                    }
                }

                WriteLists(writer, section, member.Items);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }
}
