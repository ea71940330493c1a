using System.Collections.Immutable;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Generators.Tests.Firmware;

/// <summary>Reads small firmware projects for reader tests.</summary>
internal static class FirmwareTestKit
{
    public const string MainFile = "proj/src/app.cpp";

    public static ImmutableArray<DeviceContract> Read(params (string Path, string Text)[] files)
        => FirmwareReader.Read(files.Select(file => new FirmwareSource(file.Path, file.Text)));

    /// <summary>The one contract of a single-file project at <see cref="MainFile"/> (plus extra files).</summary>
    public static DeviceContract Contract(string code, params (string Path, string Text)[] extraFiles)
    {
        var contracts = Read(new[] { (MainFile, code) }.Concat(extraFiles).ToArray());
        return Assert.Single(contracts);
    }

    public static Registration Single(string code, params (string Path, string Text)[] extraFiles)
        => Assert.Single(Contract(code, extraFiles).Registrations);

    /// <summary>Wraps registration statements in <c>void setup() { ... }</c> after the given globals.</summary>
    public static string InSetup(string globals, string statements) => globals + "\nvoid setup() {\n" + statements + "\n}\n";

    public static IEnumerable<string> Ids(DeviceContract contract) => contract.Diagnostics.Select(diagnostic => diagnostic.Id);
}
