using System.CommandLine;
using System.Text;
using ParticleContracts.Cli.Lock;

namespace ParticleContracts.Cli.Export;

/// <summary>
/// <c>particle-contracts export --format json|jsonschema|wot|openapi|asyncapi|typescript [firmware...] [-o dir]</c>:
/// writes the contracts in a standard format other tools read.
/// </summary>
internal static class ExportCommand
{
    /// <summary>Every format and the exporter that writes it.</summary>
    public static readonly IReadOnlyDictionary<string, Func<ExportInput, IReadOnlyList<ExportedFile>>> Formats =
        new SortedDictionary<string, Func<ExportInput, IReadOnlyList<ExportedFile>>>(StringComparer.Ordinal)
        {
            ["asyncapi"] = AsyncApiExporter.Export,
            ["json"] = ContractDocumentExporter.Export,
            ["jsonschema"] = RecordSchemaExporter.Export,
            ["openapi"] = OpenApiExporter.Export,
            ["typescript"] = TypeScriptExporter.Export,
            ["wot"] = ThingModelExporter.Export,
        };

    public static Command Create(TextWriter output, TextWriter error, string currentDirectory)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "The format: " + string.Join(", ", Formats.Keys) + ".",
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var paths = new Argument<string[]>("firmware")
        {
            Description = "Firmware files or folders (default: the current folder).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var outputOption = new Option<string?>("--output", "-o") { Description = "The folder to write into (default: the current folder)." };
        var command = new Command("export", "Write the firmware's contracts as JSON, JSON Schema, a WoT Thing Model, OpenAPI 3.1, AsyncAPI 3 or TypeScript declarations.")
        {
            format,
            paths,
            outputOption,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(format)!, parseResult.GetValue(paths) ?? [], parseResult.GetValue(outputOption), output, error, currentDirectory));
        return command;
    }

    public static int Run(string format, IReadOnlyList<string> paths, string? outputFolder, TextWriter output, TextWriter error, string currentDirectory)
    {
        var folder = Path.GetFullPath(outputFolder ?? ".", currentDirectory);
        var firmware = FirmwareContracts.Read(paths.Count == 0 ? ["."] : paths, currentDirectory, currentDirectory, error);
        if (firmware.Contracts.IsEmpty)
        {
            error.WriteLine("particle-contracts: no firmware contracts found; nothing exported.");
            return InspectCommand.InputErrorExitCode;
        }

        var files = Formats[format](new ExportInput(firmware.Contracts, firmware.Lock));
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var file in files)
            {
                File.WriteAllText(Path.Combine(folder, file.Name), file.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                output.WriteLine("Wrote " + Path.GetRelativePath(currentDirectory, Path.Combine(folder, file.Name)).Replace('\\', '/'));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"particle-contracts: cannot write into {outputFolder ?? "."}: {exception.Message}");
            return InspectCommand.InputErrorExitCode;
        }

        return firmware.HadInputErrors ? InspectCommand.InputErrorExitCode : 0;
    }
}
