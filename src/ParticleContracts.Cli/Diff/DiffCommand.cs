using System.CommandLine;
using ParticleContracts.Generators.Lock;

namespace ParticleContracts.Cli.Diff;

/// <summary>
/// <c>particle-contracts diff &lt;old&gt; &lt;new&gt; [--json]</c>: the changes between two contract revisions,
/// categorised WIRE-breaking / additive / cosmetic. Exit 1 when a breaking change is not covered by a higher
/// <c>PRODUCT_VERSION</c>, 2 when a side cannot be read, 0 otherwise.
/// </summary>
internal static class DiffCommand
{
    public const int BreakingExitCode = 1;

    public static Command Create(TextWriter output, TextWriter error, string currentDirectory)
    {
        var oldSide = new Argument<string>("old") { Description = "The earlier contract: a lock file, a firmware folder, or a git revision REV:path (e.g. HEAD~1:firmware/weather-station)." };
        var newSide = new Argument<string>("new") { Description = "The later contract, in any of the same forms." };
        var json = new Option<bool>("--json") { Description = "Print the changes as JSON instead of a table." };
        var command = new Command("diff", "Compare two contract revisions and categorise each change as WIRE-breaking, additive or cosmetic; exits 1 on an unversioned breaking change.")
        {
            oldSide,
            newSide,
            json,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(oldSide)!, parseResult.GetValue(newSide)!, parseResult.GetValue(json), output, error, currentDirectory));
        return command;
    }

    public static int Run(string oldSide, string newSide, bool json, TextWriter output, TextWriter error, string currentDirectory)
    {
        var oldLock = ContractSideLoader.Load(oldSide, currentDirectory, error);
        var newLock = ContractSideLoader.Load(newSide, currentDirectory, error);
        if (oldLock is null || newLock is null)
        {
            return InspectCommand.InputErrorExitCode;
        }

        var diffs = ContractComparer.Compare(oldLock, newLock);
        if (json)
        {
            DiffJsonWriter.Write(diffs, output);
        }
        else
        {
            DiffTableWriter.Write(diffs, output);
        }

        foreach (var diff in diffs)
        {
            if (diff.HasUnversionedBreakingChange)
            {
                return BreakingExitCode;
            }
        }

        return 0;
    }

    /// <summary>The category's display name: <c>WIRE-breaking</c>, <c>additive</c>, <c>cosmetic</c>.</summary>
    public static string DisplayName(this ChangeCategory category) => category switch
    {
        ChangeCategory.Breaking => "WIRE-breaking",
        ChangeCategory.Additive => "additive",
        _ => "cosmetic",
    };
}
