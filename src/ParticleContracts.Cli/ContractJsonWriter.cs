using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Cli;

/// <summary>Extra properties <c>export --format json</c> adds to the <c>inspect --json</c> document.</summary>
/// <param name="WriteRoot">Writes properties at the top of the document.</param>
/// <param name="WriteContract">Writes properties at the end of each contract object.</param>
internal sealed record ContractJsonExtension(Action<Utf8JsonWriter> WriteRoot, Action<Utf8JsonWriter, DeviceContract> WriteContract);

/// <summary>
/// Writes contracts as the <c>inspect --json</c> document. File paths are relative to the contract's <c>root</c> (the
/// firmware project folder), so the document does not depend on the folder the command ran in.
/// </summary>
internal static class ContractJsonWriter
{
    public static void Write(ImmutableArray<DeviceContract> contracts, TextWriter output, ContractJsonExtension? extension = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            extension?.WriteRoot(writer);
            writer.WriteStartArray("contracts");
            foreach (var contract in contracts)
            {
                WriteContract(writer, contract, extension);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteContract(Utf8JsonWriter writer, DeviceContract contract, ContractJsonExtension? extension)
    {
        writer.WriteStartObject();
        writer.WriteString("name", contract.Name);
        writer.WriteString("root", contract.Root.Length == 0 ? "." : contract.Root);
        writer.WriteStartArray("files");
        foreach (var file in contract.Files)
        {
            writer.WriteStringValue(FirmwarePath.RelativeTo(contract.Root, file));
        }

        writer.WriteEndArray();
        writer.WriteStartArray("registrations");
        foreach (var registration in contract.Registrations)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", registration.Kind.ToWireName());
            writer.WriteString("name", registration.Name);
            writer.WriteString("nameExpression", registration.Name is null ? registration.NameExpression : null);
            writer.WriteString("cppType", registration.CppType);
            writer.WriteString("cloudType", registration.CloudType.ToWireName());
            writer.WriteString("form", registration.Form.ToWireName());
            writer.WriteString("handler", registration.Kind == RegistrationKind.Function || registration.Form == RegistrationForm.Calculated ? registration.Handler : null);
            writer.WriteString("file", FirmwarePath.RelativeTo(contract.Root, registration.Location.File));
            writer.WriteNumber("line", registration.Location.Line);
            writer.WriteNumber("column", registration.Location.Column);
            writer.WriteBoolean("conditional", registration.Conditional);
            writer.WriteString("declaration", registration.Declaration);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in contract.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("id", diagnostic.Id);
            writer.WriteString("severity", diagnostic.Severity.ToWireName());
            writer.WriteString("message", diagnostic.Message);
            writer.WriteString("file", FirmwarePath.RelativeTo(contract.Root, diagnostic.Location.File));
            writer.WriteNumber("line", diagnostic.Location.Line);
            writer.WriteNumber("column", diagnostic.Location.Column);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        ContractModelJsonWriter.Write(writer, contract);
        extension?.WriteContract(writer, contract);
        writer.WriteEndObject();
    }
}
