using System.CommandLine;
using ParticleContracts.Cli.Diff;
using ParticleContracts.Cli.Export;
using ParticleContracts.Cli.Lock;

namespace ParticleContracts.Cli;

/// <summary>The <c>particle-contracts</c> command line: argument parsing only; commands do the work.</summary>
internal static class CliApplication
{
    /// <summary>Parses <paramref name="args"/> and runs the command; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string? currentDirectory = null)
    {
        var pathsArgument = new Argument<string[]>("path")
        {
            Description = "Firmware files or folders (read recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var jsonOption = new Option<bool>("--json")
        {
            Description = "Print the contracts as JSON instead of tables.",
        };
        var inspect = new Command("inspect", "Read Particle firmware and print the device contracts it declares (variables, functions, diagnostics).")
        {
            pathsArgument,
            jsonOption,
        };
        inspect.SetAction(parseResult =>
        {
            var paths = parseResult.GetValue(pathsArgument) ?? Array.Empty<string>();
            var json = parseResult.GetValue(jsonOption);
            return InspectCommand.Run(paths, json, output, error, currentDirectory ?? Directory.GetCurrentDirectory());
        });

        var directory = currentDirectory ?? Directory.GetCurrentDirectory();
        var root = new RootCommand("particle-contracts: inspect, lock, diff and export the cloud contracts (Particle.variable / Particle.function) of Particle firmware.")
        {
            inspect,
            LockCommand.Create(output, error, directory),
            DiffCommand.Create(output, error, directory),
            ExportCommand.Create(output, error, directory),
        };
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).Invoke(configuration);
    }
}
