using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Targets;

namespace ParticleContracts.Generators.Tests.Targets;

/// <summary>Each gate, just below and at the version that opens (or closes) it, and on the platforms it names.</summary>
public sealed class FeatureGateTests
{
    private static readonly FirmwareLocation At = new("/fw/app/src/app.cpp", 7, 5, 120, 14, 7, 19);

    [Theory]
    [InlineData("TypedPublish", "6.1.0", "argon", "PCT1090")]
    [InlineData("TypedPublish", "6.2.0", "argon", null)]
    [InlineData("CloudEvent", "6.2.1", "p2", "PCT1091")]
    [InlineData("CloudEvent", "6.3.0", "p2", null)]
    [InlineData("Ledger", "6.0.0", "boron", "PCT1092")]
    [InlineData("Ledger", "6.1.0", "boron", null)]
    [InlineData("Ledger", "6.1.0", "photon", "PCT1092")]
    [InlineData("Ledger", "6.1.0", "electron", "PCT1092")]
    [InlineData("Ledger", "6.1.0", "msom", null)]
    [InlineData("Ledger", "6.1.0", null, null)]
    [InlineData("EnvironmentVariables", "6.3.0", "argon", "PCT1093")]
    [InlineData("EnvironmentVariables", "6.4.0", "argon", null)]
    [InlineData("ProductIdMacro", "3.3.1", "photon", null)]
    [InlineData("ProductIdMacro", "4.0.0", "boron", "PCT1094")]
    [InlineData("SubscribeScope", "5.9.0", "p2", null)]
    [InlineData("SubscribeScope", "6.0.0", "p2", "PCT1095")]
    public void A_feature_use_is_reported_only_where_the_target_lacks_it(string featureName, string version, string? platform, string? expected)
    {
        var feature = Enum.Parse<CloudFeature>(featureName);
        var target = TargetLimitTests.Target(version, platform);

        var diagnostics = FeatureGates.Check(target, [new FeatureUse(feature, "Particle.something", At)]);

        if (expected is null)
        {
            Assert.Empty(diagnostics);
            return;
        }

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(expected, diagnostic.Id);
        Assert.Equal(At, diagnostic.Location);
        Assert.Contains("Particle.something", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Device OS " + target.DeviceOs, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_feature_has_exactly_one_gate_with_a_table_row_and_a_descriptor()
    {
        foreach (var feature in Enum.GetValues<CloudFeature>())
        {
            var gate = Assert.Single(FeatureGates.All, g => g.Feature == feature);
            var rule = DiagnosticTable.Get(gate.Id);
            var descriptor = Descriptors.Find(gate.Id);
            Assert.NotNull(descriptor);
            Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(DiagnosticTable.FirmwareCategory, rule.Category);
        }
    }

    [Fact]
    public void The_message_says_where_the_target_came_from()
    {
        var diagnostics = FeatureGates.Check(ParticleTarget.Default, [new FeatureUse(CloudFeature.EnvironmentVariables, "System.getEnv", At)]);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(
            "System.getEnv reads environment variables, which need Device OS 6.4.0; the target is Device OS 6.3.0 (the default; set ParticleDeviceOS or Workbench's particle.firmwareVersion). Target 6.4.0 or later, or use a Ledger or a cloud function for configuration.",
            diagnostic.Message);
        Assert.Equal(
            "System.getEnv|Device OS 6.3.0 (the default; set ParticleDeviceOS or Workbench's particle.firmwareVersion)",
            string.Join("|", diagnostic.Arguments.AsImmutableArray()));
    }
}
