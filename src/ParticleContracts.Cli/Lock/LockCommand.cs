using System.CommandLine;
using System.Text;
using ParticleContracts.Generators.Lock;

namespace ParticleContracts.Cli.Lock;

/// <summary><c>particle-contracts lock [firmware...] [-o path]</c>: records the contracts in <c>particle-contracts.lock.json</c>.</summary>
internal static class LockCommand
{
    public static Command Create(TextWriter output, TextWriter error, string currentDirectory)
    {
        var paths = new Argument<string[]>("firmware")
        {
            Description = "Firmware files or folders (default: the current folder).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var outputOption = new Option<string?>("--output", "-o")
        {
            Description = "The lock file to write, or a folder to write " + LockSections.FileName + " into (default: beside the firmware).",
        };
        var command = new Command("lock", "Record the firmware's contracts (names, cloud types, PRODUCT_VERSION) in " + LockSections.FileName + ", for the build and `diff` to compare against.")
        {
            paths,
            outputOption,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(paths) ?? [], parseResult.GetValue(outputOption), output, error, currentDirectory));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string? outputPath, TextWriter output, TextWriter error, string currentDirectory)
    {
        var inputs = paths.Count == 0 ? ["."] : paths;
        var lockPath = LockPath(inputs, outputPath, currentDirectory);
        var firmware = FirmwareContracts.Read(inputs, currentDirectory, Path.GetDirectoryName(lockPath)!, error);
        if (firmware.Lock.Contracts.IsEmpty)
        {
            error.WriteLine("particle-contracts: no firmware contracts found; no lock written.");
            return InspectCommand.InputErrorExitCode;
        }

        foreach (var contract in firmware.Contracts)
        {
            foreach (var registration in contract.Registrations)
            {
                if (registration.Name is null)
                {
                    error.WriteLine($"particle-contracts: {contract.Name}: the {registration.Kind.ToString().ToLowerInvariant()} named by '{registration.NameExpression}' is only known at run time; it is not locked.");
                }
            }
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
            File.WriteAllText(lockPath, LockWriter.Write(firmware.Lock), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"particle-contracts: cannot write {Display(lockPath, currentDirectory)}: {exception.Message}");
            return InspectCommand.InputErrorExitCode;
        }

        foreach (var contract in firmware.Lock.Contracts)
        {
            output.WriteLine($"{contract.Name}: {contract.Members.Count} member(s){(contract.ProductVersion is { } version ? $", PRODUCT_VERSION {version}" : string.Empty)}");
        }

        output.WriteLine("Wrote " + Display(lockPath, currentDirectory));
        return firmware.HadInputErrors ? InspectCommand.InputErrorExitCode : 0;
    }

    /// <summary>
    /// <c>-o</c> as given (a folder gets the default file name); otherwise beside the firmware: inside the one folder
    /// given, or the folder of the one file given, or the current folder.
    /// </summary>
    private static string LockPath(IReadOnlyList<string> inputs, string? outputPath, string currentDirectory)
    {
        if (outputPath is not null)
        {
            var full = Path.GetFullPath(outputPath, currentDirectory);
            return Directory.Exists(full) ? Path.Combine(full, LockSections.FileName) : full;
        }

        if (inputs.Count == 1)
        {
            var full = Path.GetFullPath(inputs[0], currentDirectory);
            if (Directory.Exists(full))
            {
                return Path.Combine(full, LockSections.FileName);
            }

            if (File.Exists(full))
            {
                return Path.Combine(Path.GetDirectoryName(full)!, LockSections.FileName);
            }
        }

        return Path.Combine(currentDirectory, LockSections.FileName);
    }

    private static string Display(string path, string currentDirectory) =>
        Path.GetRelativePath(currentDirectory, path).Replace('\\', '/');
}
