using ParticleContracts.TestSupport;

namespace ParticleContracts.Package.Tests;

/// <summary>
/// Runs the <c>dotnet</c> CLI (or an installed tool's shim) as a child process with an environment cleaned of the test
/// host's MSBuild variables and with build servers off (<see cref="ProcessRunner.CleanDotnetEnvironment"/>).
/// </summary>
internal static class DotnetCli
{
    // A hang guard, not a speed assertion: a cold restore + pack of the whole product stays far below it.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(15);

    public static Task<ProcessResult> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null) =>
        RunProgramAsync(ProcessRunner.Dotnet, workingDirectory, arguments, environment);

    /// <summary>Runs any program (e.g. an installed tool's shim) with the same clean environment.</summary>
    public static Task<ProcessResult> RunProgramAsync(
        string program,
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null) =>
        ProcessRunner.RunAsync(
            program,
            arguments,
            workingDirectory,
            HangGuard,
            ProcessRunner.CleanDotnetEnvironment(environment?.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value))));
}
