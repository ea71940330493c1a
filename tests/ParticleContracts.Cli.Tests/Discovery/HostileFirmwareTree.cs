using System.Diagnostics;

namespace ParticleContracts.Tests.Discovery;

/// <summary>
/// A firmware tree built to trap a careless walker (shared by the CLI and simulator process tests): one real project
/// <c>lamp</c>, folder links back into the tree (<c>loop -> .</c>, <c>lamp/src/up -> ..</c>) and out of it, a FIFO
/// named <c>pipe.cpp</c>, <c>zero.cpp -> /dev/zero</c>, a sparse 33 MiB <c>huge.cpp</c> and a broken link.
/// </summary>
internal sealed class HostileFirmwareTree : IDisposable
{
    public const string LampSource = """
        int temp = 0;
        int led(String arg) { return 1; }
        void setup() {
            Particle.variable("temp", temp);
            Particle.function("led", led);
        }
        void loop() {}
        """;

    public HostileFirmwareTree()
    {
        Root = Directory.CreateTempSubdirectory("pc-hostile-").FullName;
        Outside = Directory.CreateTempSubdirectory("pc-outside-").FullName;
        File.WriteAllText(Path.Combine(Outside, "outside.cpp"), "void setup() { Particle.function(\"outside\", f); }");
        var src = Directory.CreateDirectory(Path.Combine(Root, "lamp", "src")).FullName;
        File.WriteAllText(Path.Combine(Root, "lamp", "project.properties"), "name=lamp\n");
        File.WriteAllText(Path.Combine(src, "lamp.cpp"), LampSource);
        Directory.CreateSymbolicLink(Path.Combine(Root, "loop"), ".");
        Directory.CreateSymbolicLink(Path.Combine(src, "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(src, "shared"), Outside);
        File.CreateSymbolicLink(Path.Combine(src, "broken.cpp"), "missing.cpp");
        using (var huge = File.Create(Path.Combine(src, "huge.cpp")))
        {
            huge.SetLength(33L * 1024 * 1024);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.CreateSymbolicLink(Path.Combine(src, "zero.cpp"), "/dev/zero");
            using var mkfifo = Process.Start("mkfifo", [Path.Combine(src, "pipe.cpp")]);
            mkfifo.WaitForExit();
            if (mkfifo.ExitCode != 0)
            {
                throw new InvalidOperationException("mkfifo failed");
            }
        }
    }

    public string Root { get; }

    public string Outside { get; }

    /// <summary>The diagnostic lines expected on stderr, as (ID, path relative to <see cref="Root"/>) pairs.</summary>
    public static IEnumerable<(string Id, string Path)> ExpectedProblems()
    {
        yield return ("PCT1124", "lamp/src/broken.cpp");
        yield return ("PCT1120", "lamp/src/huge.cpp");
        if (!OperatingSystem.IsWindows())
        {
            yield return ("PCT1121", "lamp/src/pipe.cpp");
        }

        yield return ("PCT1123", "lamp/src/shared");
        yield return ("PCT1122", "lamp/src/up");
        if (!OperatingSystem.IsWindows())
        {
            yield return ("PCT1121", "lamp/src/zero.cpp");
        }

        yield return ("PCT1122", "loop");
    }

    public void Dispose()
    {
        // Delete links first, so the recursive delete never walks through one.
        foreach (var link in new[] { "loop", "lamp/src/up", "lamp/src/shared", "lamp/src/zero.cpp", "lamp/src/broken.cpp", "lamp/src/pipe.cpp" })
        {
            var path = Path.Combine(Root, link);
            if (new FileInfo(path).LinkTarget is not null || File.Exists(path))
            {
                File.Delete(path);
            }
        }

        Directory.Delete(Root, recursive: true);
        Directory.Delete(Outside, recursive: true);
    }
}
