using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Cli;

/// <summary><c>particle-contracts inspect &lt;path&gt;... [--json]</c>.</summary>
internal static class InspectCommand
{
    /// <summary>Exit code when a path is missing or a file unreadable (the other inputs are still inspected).</summary>
    public const int InputErrorExitCode = 2;

    public static int Run(IReadOnlyList<string> paths, bool json, TextWriter output, TextWriter error, string currentDirectory)
    {
        var collector = new FirmwareFileCollector(currentDirectory, error);
        foreach (var path in paths)
        {
            collector.Add(path);
        }

        var contracts = FirmwareReader.Read(collector.Sources);
        if (json)
        {
            ContractJsonWriter.Write(contracts, output);
        }
        else
        {
            ContractTableWriter.Write(contracts, output);
        }

        return collector.HadErrors ? InputErrorExitCode : 0;
    }
}
