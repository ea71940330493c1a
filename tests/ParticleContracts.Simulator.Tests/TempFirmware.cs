using System.Security.Cryptography;
using System.Text;

namespace ParticleContracts.Simulator.Tests;

/// <summary>A firmware folder on disk for one test: <c>lamp/src/lamp.cpp</c> (+ <c>project.properties</c>) and <c>counter/counter.ino</c>.</summary>
internal sealed class TempFirmware : IDisposable
{
    public const string LampSource = """
        #include "Particle.h"

        double temp = 21.5;
        int count = 3;
        bool on = true;
        String label = "kitchen";
        char message[32] = "hi";

        int led(String arg) { return arg == "on" ? 1 : 0; }
        int blink(String arg);

        void setup() {
            Particle.variable("temp", temp);
            Particle.variable("count", count);
            Particle.variable("on", on);
            Particle.variable("label", label);
            Particle.variable("message", message);
            Particle.function("led", led);
            Particle.function("blink", blink);
        }

        void loop() {}

        int blink(String arg) { return 2; }
        """;

    public const string CounterSource = """
        int counter = 0;
        void setup() {
            Particle.variable("counter", counter);
        }
        void loop() { counter++; }
        """;

    public TempFirmware()
    {
        Root = Path.Combine(Path.GetTempPath(), "particle-contracts-sim-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "lamp", "src"));
        File.WriteAllText(Path.Combine(Root, "lamp", "project.properties"), "name=lamp\n");
        File.WriteAllText(Path.Combine(Root, "lamp", "src", "lamp.cpp"), LampSource);
        Directory.CreateDirectory(Path.Combine(Root, "counter"));
        File.WriteAllText(Path.Combine(Root, "counter", "counter.ino"), CounterSource);
        File.WriteAllText(Path.Combine(Root, "README.md"), "not firmware");
    }

    public string Root { get; }

    /// <summary>The documented derivation: the first 12 bytes of SHA-256 of the name, as lowercase hex.</summary>
    public static string ExpectedId(string name) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name))[..12]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
