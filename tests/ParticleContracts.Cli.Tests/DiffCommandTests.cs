using System.Diagnostics;
using System.Text.Json;
using static ParticleContracts.Cli.Tests.CliRunner;

namespace ParticleContracts.Cli.Tests;

public sealed class DiffCommandTests : IDisposable
{
    private const string Lamp = """
        int level;
        double watts;
        String label;
        int setLevel(String value) { return 0; }
        void setup() {
            Particle.variable("level", level);
            Particle.variable("watts", watts);
            Particle.variable("label", label);
            Particle.function("setLevel", setLevel);
        }
        """;

    private readonly string _temp = Directory.CreateTempSubdirectory("pc-diff-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string WriteLamp(string side, string text)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_temp, side, "lamp")).FullName;
        File.WriteAllText(Path.Combine(folder, "lamp.ino"), text);
        return Path.Combine(side, "lamp").Replace('\\', '/');
    }

    [Fact]
    public void Removed_and_retyped_members_are_wire_breaking_and_exit_1()
    {
        var old = WriteLamp("old", Lamp);
        var current = WriteLamp("new", Lamp.Replace("double watts;", "int watts;").Replace("Particle.variable(\"label\", label);", string.Empty));
        var (exitCode, output, _) = Run(_temp, "diff", old, current);
        Assert.Equal(1, exitCode);
        Assert.Contains("Lamp  (breaking changes without a PRODUCT_VERSION increase)", output, StringComparison.Ordinal);
        Assert.Matches(@"WIRE-breaking\s+variable 'watts' type double → int32\s+apps built against the lock will read the value as the wrong type", output);
        Assert.Matches(@"WIRE-breaking\s+variable 'label' removed\s+apps built against the lock will get 404 Unknown Variable", output);
        Assert.Contains("cosmetic       variable 'watts' cppType double → int", output, StringComparison.Ordinal);
        Assert.Contains("2 WIRE-breaking, 0 additive, 2 cosmetic", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_payload_and_argument_word_changes_against_a_lock_are_wire_breaking_and_exit_1()
    {
        const string Station = """
            bool on;
            int setMode(String mode) {
                if (mode == "eco") {
                    return 0;
                }
                if (mode == "boost") {
                    return 0;
                }
                return -1;
            }
            void setup() {
                Particle.function("setMode", setMode);
            }
            void loop() {
                Particle.publish("lamp/state", String::format("{\"on\":%s,\"level\":%d}", on ? "true" : "false", 3));
            }
            """;
        var lamp = WriteLamp("events", Station);
        Assert.Equal(0, Run(_temp, "lock", lamp).ExitCode);
        File.WriteAllText(Path.Combine(_temp, lamp, "lamp.ino"), Station
            .Replace("    if (mode == \"boost\") {\n        return 0;\n    }\n", string.Empty, StringComparison.Ordinal)
            .Replace(",\\\"level\\\":%d}\", on ? \"true\" : \"false\", 3)", "}\", on ? \"true\" : \"false\")", StringComparison.Ordinal));

        var (exitCode, output, _) = Run(_temp, "diff", lamp + "/particle-contracts.lock.json", lamp);
        Assert.True(exitCode == 1, output);
        Assert.Matches(@"WIRE-breaking\s+function 'setMode' word 'boost' removed\s+apps built against the lock will send a word the function no longer accepts", output);
        Assert.Matches(@"WIRE-breaking\s+published event 'lamp/state' payload field 'level' removed\s+apps built against the lock will no longer find the field in the payload", output);

        (exitCode, output, _) = Run(_temp, "diff", lamp + "/particle-contracts.lock.json", lamp, "--json");
        Assert.Equal(1, exitCode);
        Assert.Contains("\"kind\": \"item-removed\"", output, StringComparison.Ordinal);
        Assert.Contains("\"property\": \"fields.level\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Added_members_are_additive_and_exit_0_with_a_rename_hint_for_a_lone_swap()
    {
        var old = WriteLamp("old", Lamp);
        var added = WriteLamp("added", Lamp.Replace("void setup() {", "bool on;\nvoid setup() {\n    Particle.variable(\"on\", on);"));
        var (exitCode, output, _) = Run(_temp, "diff", old, added);
        Assert.Equal(0, exitCode);
        Assert.Contains("additive       variable 'on' added (bool)", output, StringComparison.Ordinal);

        var renamed = WriteLamp("renamed", Lamp.Replace("\"setLevel\"", "\"setBrightness\""));
        (exitCode, output, _) = Run(_temp, "diff", old, renamed);
        Assert.Equal(1, exitCode);
        Assert.Contains("function 'setLevel' removed (renamed to 'setBrightness'?)", output, StringComparison.Ordinal);
        Assert.Contains("apps built against the lock will get 404 Function not found", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lists_each_change_with_category_and_consequence()
    {
        var old = WriteLamp("old", Lamp);
        var current = WriteLamp("new", Lamp.Replace("Particle.variable(\"level\", level);", string.Empty).Replace("void setup() {", "bool on;\nvoid setup() {\n    Particle.variable(\"on\", on);"));
        var (exitCode, output, _) = Run(_temp, "diff", old, current, "--json");
        Assert.Equal(1, exitCode);
        using var document = JsonDocument.Parse(output);
        Assert.True(document.RootElement.GetProperty("breaking").GetBoolean());
        var contract = Assert.Single(document.RootElement.GetProperty("contracts").EnumerateArray());
        Assert.Equal("Lamp", contract.GetProperty("name").GetString());
        var changes = contract.GetProperty("changes").EnumerateArray().ToList();
        var removed = changes.Single(c => c.GetProperty("kind").GetString() == "member-removed");
        Assert.Equal(("breaking", "variable", "level"), (removed.GetProperty("category").GetString(), removed.GetProperty("noun").GetString(), removed.GetProperty("member").GetString()));
        Assert.Equal("apps built against the lock will get 404 Unknown Variable", removed.GetProperty("consequence").GetString());
        var added = changes.Single(c => c.GetProperty("kind").GetString() == "member-added");
        Assert.Equal(("additive", "on", "bool"), (added.GetProperty("category").GetString(), added.GetProperty("member").GetString(), added.GetProperty("newValue").GetString()));
        Assert.Contains(changes, c => c.GetProperty("kind").GetString() == "root-changed" && c.GetProperty("category").GetString() == "cosmetic");
    }

    [Fact]
    public void A_higher_PRODUCT_VERSION_versions_breaking_changes_and_exits_0()
    {
        var old = WriteLamp("old", "PRODUCT_VERSION(3);\n" + Lamp);
        Assert.Equal(0, Run(_temp, "lock", old).ExitCode);
        Assert.Contains("\"productVersion\": 3,", File.ReadAllText(Path.Combine(_temp, old, "particle-contracts.lock.json")), StringComparison.Ordinal);
        var current = WriteLamp("new", "PRODUCT_VERSION(4);\n" + Lamp.Replace("Particle.variable(\"label\", label);", string.Empty));
        var (exitCode, output, _) = Run(_temp, "diff", old + "/particle-contracts.lock.json", current);
        Assert.Equal(0, exitCode);
        Assert.Contains("Lamp  (breaking changes versioned: PRODUCT_VERSION 3 → 4)", output, StringComparison.Ordinal);
        Assert.Contains("cosmetic       PRODUCT_VERSION 3 → 4", output, StringComparison.Ordinal);
        Assert.Matches(@"WIRE-breaking\s+variable 'label' removed", output);
    }

    [Fact]
    public void A_lock_file_and_its_firmware_have_no_changes()
    {
        var lamp = WriteLamp("fw", Lamp);
        Assert.Equal(0, Run(_temp, "lock", lamp).ExitCode);
        var (exitCode, output, _) = Run(_temp, "diff", lamp + "/particle-contracts.lock.json", lamp);
        Assert.Equal(0, exitCode);
        Assert.Equal("No contract changes.", output.Trim());
    }

    [Fact]
    public void Git_revisions_of_a_folder_or_a_lock_are_read_from_the_repository()
    {
        var lamp = WriteLamp("repo", Lamp);
        var repository = Path.Combine(_temp, "repo");
        Assert.Equal(0, Run(repository, "lock", "lamp").ExitCode);
        Git(repository, "init", "-q");
        Git(repository, "add", ".");
        Git(repository, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "v1");
        File.WriteAllText(Path.Combine(repository, "lamp", "lamp.ino"), Lamp.Replace("Particle.variable(\"watts\", watts);", string.Empty));

        var (exitCode, output, error) = Run(repository, "diff", "HEAD:lamp", "lamp");
        Assert.True(exitCode == 1, output + error);
        Assert.Contains("variable 'watts' removed", output, StringComparison.Ordinal);
        Assert.DoesNotContain("folder", output, StringComparison.Ordinal);

        (exitCode, output, _) = Run(repository, "diff", "HEAD:lamp/particle-contracts.lock.json", "lamp");
        Assert.Equal(1, exitCode);
        Assert.Contains("variable 'watts' removed", output, StringComparison.Ordinal);
        Assert.DoesNotContain("folder", output, StringComparison.Ordinal);

        (exitCode, _, error) = Run(repository, "diff", "no-such-rev:lamp", "lamp");
        Assert.Equal(2, exitCode);
        Assert.Contains("git archive", error, StringComparison.Ordinal);
        _ = lamp;
    }

    [Fact]
    public void An_unreadable_lock_names_the_line_and_exits_2()
    {
        var lamp = WriteLamp("fw", Lamp);
        File.WriteAllText(Path.Combine(_temp, "broken.json"), "{\n  \"lockVersion\": 1,\n  \"contracts\": [ { \"name\": } ]\n}\n");
        var (exitCode, _, error) = Run(_temp, "diff", "broken.json", lamp);
        Assert.Equal(2, exitCode);
        Assert.Contains("broken.json(3,", error, StringComparison.Ordinal);
        Assert.Contains("is not valid JSON", error, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_temp, "future.json"), "{ \"lockVersion\": 99, \"contracts\": [] }");
        (exitCode, _, error) = Run(_temp, "diff", "future.json", lamp);
        Assert.Equal(2, exitCode);
        Assert.Contains("has lockVersion 99, newer than this tool reads (1)", error, StringComparison.Ordinal);

        (exitCode, _, error) = Run(_temp, "diff", "nowhere", lamp);
        Assert.Equal(2, exitCode);
        Assert.Contains("neither a lock file, a firmware folder nor a git revision", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_published_tool_exits_1_on_a_breaking_change()
    {
        var old = WriteLamp("old", Lamp);
        var current = WriteLamp("new", Lamp.Replace("Particle.variable(\"label\", label);", string.Empty));
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _temp, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "particle-contracts.dll"));
        foreach (var argument in new[] { "diff", old, current })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("variable 'label' removed", output, StringComparison.Ordinal);
    }

    private static void Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
    }
}
