using ParticleContracts.Generators.Targets;

namespace ParticleContracts.Generators.Tests.Targets;

/// <summary>Every limit of the one table, across Device OS versions and platforms.</summary>
public sealed class TargetLimitTests
{
    [Theory]
    // version, platform, name, variable value, function argument, event data, CloudEvent data (0 = none)
    [InlineData("0.7.0", "photon", 12, 622, 63, 255, 0)]
    [InlineData("0.7.0", "core", 12, 622, 63, 255, 0)]
    [InlineData("0.8.0", "photon", 64, 622, 622, 622, 0)]
    [InlineData("1.5.2", "electron", 64, 622, 622, 622, 0)]
    [InlineData("2.3.1", "argon", 64, 622, 622, 622, 0)]
    [InlineData("2.3.1", "boron", 64, 622, 622, 622, 0)]
    [InlineData("3.0.0", "photon", 64, 864, 864, 864, 0)]
    [InlineData("3.0.0", "p1", 64, 864, 864, 864, 0)]
    [InlineData("3.3.1", "electron", 64, 864, 864, 864, 0)]
    [InlineData("3.0.0", "argon", 64, 1024, 1024, 1024, 0)]
    [InlineData("4.2.0", "boron", 64, 782, 782, 782, 0)]
    [InlineData("4.2.0", "bsom", 64, 782, 782, 782, 0)]
    [InlineData("4.2.0", "b5som", 64, 1024, 1024, 1024, 0)]
    [InlineData("5.9.0", "p2", 64, 1024, 1024, 1024, 0)]
    [InlineData("6.2.1", "msom", 64, 1024, 1024, 1024, 0)]
    [InlineData("6.3.0", "p2", 64, 1024, 1024, 1024, 16384)]
    [InlineData("6.3.0", null, 64, 1024, 1024, 1024, 16384)]
    [InlineData("6.4.0", "boron", 64, 782, 782, 782, 16384)]
    public void Size_limits_follow_the_target(string version, string? platform, int name, int variable, int argument, int eventData, int cloudEvent)
    {
        var limits = TargetLimits.For(Target(version, platform));

        Assert.Equal(name, limits.NameBytes);
        Assert.Equal(variable, limits.VariableValueBytes);
        Assert.Equal(argument, limits.FunctionArgumentBytes);
        Assert.Equal(64, limits.EventNameBytes);
        Assert.Equal(eventData, limits.EventDataBytes);
        Assert.Equal(cloudEvent == 0 ? null : cloudEvent, limits.CloudEventDataBytes);
    }

    [Theory]
    [InlineData("0.4.0", null)]
    [InlineData("1.5.0", null)]
    [InlineData("3.2.0", null)]
    [InlineData("3.3.0", 100)]
    [InlineData("6.3.0", 100)]
    public void Registration_counts_are_capped_only_from_3_3(string version, int? cap)
    {
        var limits = TargetLimits.For(Target(version, "argon"));

        Assert.Equal(cap, limits.MaxVariables);
        Assert.Equal(cap, limits.MaxFunctions);
    }

    [Fact]
    public void The_default_target_keeps_the_limits_of_a_modern_Gen3_device()
    {
        var limits = TargetLimits.For(ParticleTarget.Default);

        Assert.Equal(new TargetLimits(64, 1024, 1024, 64, 1024, 16384, 100, 100), limits);
    }

    [Fact]
    public void Every_kind_has_a_row_for_every_platform_from_the_first_version()
    {
        foreach (var kind in Enum.GetValues<LimitKind>())
        {
            Assert.Contains(TargetLimitTable.Rows, row => row.Kind == kind && row.Since == new DeviceOsVersion(0, 0, 0) && row.Scope == PlatformScope.Any);
            Assert.All(TargetLimitTable.Rows.Where(row => row.Kind == kind), row => Assert.False(string.IsNullOrWhiteSpace(row.Source)));
        }
    }

    internal static ParticleTarget Target(string version, string? platform)
    {
        Assert.True(DeviceOsVersion.TryParse(version, out var parsed));
        var found = platform is null ? null : ParticlePlatform.Find(platform);
        Assert.True(platform is null || found is not null, platform);
        return new ParticleTarget(parsed, found, TargetOrigin.ProjectProperty, TargetOrigin.ProjectProperty);
    }
}
