using System.Text.Encodings.Web;
using System.Text.Json;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Lock;

namespace ParticleContracts.Cli.Diff;

/// <summary>Writes <c>diff --json</c>: <c>{ "breaking": bool, "contracts": [ { "name", versions, "changes": [...] } ] }</c>.</summary>
internal static class DiffJsonWriter
{
    public static void Write(EquatableArray<ContractDiff> diffs, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("breaking", diffs.AsImmutableArray().Any(static diff => diff.HasUnversionedBreakingChange));
            writer.WriteStartArray("contracts");
            foreach (var diff in diffs)
            {
                WriteDiff(writer, diff);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteDiff(Utf8JsonWriter writer, ContractDiff diff)
    {
        writer.WriteStartObject();
        writer.WriteString("name", diff.Contract);
        WriteNumberOrNull(writer, "oldProductVersion", diff.OldProductVersion);
        WriteNumberOrNull(writer, "newProductVersion", diff.NewProductVersion);
        writer.WriteBoolean("productVersionIncreased", diff.ProductVersionIncreased);
        writer.WriteBoolean("unversionedBreaking", diff.HasUnversionedBreakingChange);
        writer.WriteStartArray("changes");
        foreach (var change in diff.Changes)
        {
            writer.WriteStartObject();
            writer.WriteString("category", change.Category switch
            {
                ChangeCategory.Breaking => "breaking",
                ChangeCategory.Additive => "additive",
                _ => "cosmetic",
            });
            writer.WriteString("kind", JsonNamingPolicy.KebabCaseLower.ConvertName(change.Kind.ToString()));
            writer.WriteString("noun", change.Noun);
            writer.WriteString("member", change.Member);
            writer.WriteString("property", change.Property);
            writer.WriteString("oldValue", change.OldValue);
            writer.WriteString("newValue", change.NewValue);
            writer.WriteString("description", change.Description);
            writer.WriteString("consequence", change.Consequence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
