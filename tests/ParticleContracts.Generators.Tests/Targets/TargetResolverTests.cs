using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Targets;

namespace ParticleContracts.Generators.Tests.Targets;

/// <summary>Workbench settings, MSBuild properties and item metadata, strongest last; bad values reported and skipped.</summary>
public sealed class TargetResolverTests
{
    private const string Settings = """
        {
            // Workbench writes these
            "particle.targetPlatform": "boron",
            "particle.firmwareVersion": "4.2.0",
            "files.associations": { "*.ino": "cpp", "particle.firmwareVersion": "9.9.9" },
            /* a block comment with "particle.targetPlatform": "photon" */
            "particle.targetDevice": "my-boron",
        }
        """;

    [Fact]
    public void Workbench_settings_give_version_and_platform_with_their_locations()
    {
        var settings = WorkbenchSettings.Parse("/fw/app/.vscode/settings.json", Settings);

        Assert.Equal("4.2.0", settings.FirmwareVersion!.Value);
        Assert.Equal("boron", settings.TargetPlatform!.Value);
        Assert.Equal(4, settings.FirmwareVersion.Location.Line);
        Assert.Equal(33, settings.FirmwareVersion.Location.Column);
        Assert.Equal("\"4.2.0\"", Settings.Substring(settings.FirmwareVersion.Location.Start, settings.FirmwareVersion.Location.Length));
        Assert.Equal("/fw/app", WorkbenchSettings.ProjectFolderOf(settings.Path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("not json at all")]
    [InlineData("{\"particle.firmwareVersion\": 6.3}")]
    [InlineData("{\"particle.firmwareVersion\": \"unterminated\n}")]
    [InlineData("[\"particle.firmwareVersion\", \"6.3.0\"]")]
    [InlineData("/* unterminated comment")]
    public void Broken_settings_never_throw(string text)
    {
        var settings = WorkbenchSettings.Parse("/fw/.vscode/settings.json", text);

        Assert.True(settings.FirmwareVersion is null || settings.FirmwareVersion.Value == "unterminated");
        Assert.Null(settings.TargetPlatform);
    }

    [Theory]
    [InlineData("/fw/app/.vscode/settings.json", true)]
    [InlineData("C:\\fw\\app\\.vscode\\settings.json", true)]
    [InlineData("/fw/app/settings.json", false)]
    [InlineData("/fw/app/.vscode/launch.json", false)]
    public void Only_vscode_settings_files_are_settings(string path, bool expected) =>
        Assert.Equal(expected, WorkbenchSettings.IsSettingsPath(path));

    [Theory]
    // metadata, property, settings → expected version, platform, version origin
    [InlineData(null, null, null, "6.3.0", null, "Default")]
    [InlineData(null, null, "4.2.0", "4.2.0", "boron", "WorkbenchSettings")]
    [InlineData(null, "5.9.0", "4.2.0", "5.9.0", "boron", "ProjectProperty")]
    [InlineData("2.3.1", "5.9.0", "4.2.0", "2.3.1", "boron", "ItemMetadata")]
    public void The_strongest_source_that_names_a_value_wins(string? metadata, string? property, string? settings, string version, string? platform, string origin)
    {
        var workbench = settings is null ? TargetSetting.None : new TargetSetting(settings, "boron");

        var resolution = TargetResolver.Resolve(new TargetSetting(metadata, null), new TargetSetting(property, null), workbench);

        Assert.Empty(resolution.Diagnostics);
        Assert.Equal(version, resolution.Target.DeviceOs.ToString());
        Assert.Equal(platform, resolution.Target.Platform?.Name);
        Assert.Equal(origin, resolution.Target.DeviceOsOrigin.ToString());
    }

    [Fact]
    public void An_unreadable_value_is_reported_at_its_place_and_the_weaker_value_kept()
    {
        var settings = WorkbenchSettings.Parse("/fw/app/.vscode/settings.json", """{ "particle.firmwareVersion": "latest", "particle.targetPlatform": "argon" }""");

        var resolution = TargetResolver.Resolve(new TargetSetting(null, "toaster"), TargetSetting.None, TargetSetting.From(settings));

        Assert.Equal(ParticleTarget.DefaultDeviceOs, resolution.Target.DeviceOs);
        Assert.Equal("argon", resolution.Target.Platform!.Name);
        Assert.Collection(
            resolution.Diagnostics,
            first =>
            {
                Assert.Equal(DiagnosticIds.UnrecognisedTarget, first.Id);
                Assert.Equal("/fw/app/.vscode/settings.json", first.Location.File);
                Assert.Equal("The Device OS version 'latest' from .vscode/settings.json is not recognised; Device OS 6.3.0 is used instead. Write a version such as 6.3.0, or a platform such as boron, p2 or photon.", first.Message);
            },
            second =>
            {
                Assert.Equal(string.Empty, second.Location.File);
                Assert.Contains("platform 'toaster' from the ParticleFirmware item", second.Message, StringComparison.Ordinal);
                Assert.Contains("argon is used instead", second.Message, StringComparison.Ordinal);
            });
    }

    [Theory]
    [InlineData("6.3.0", 6, 3, 0)]
    [InlineData("v4.2", 4, 2, 0)]
    [InlineData("2.0.0-rc.3", 2, 0, 0)]
    [InlineData("deviceOS@5.9.0", 5, 9, 0)]
    [InlineData(" 1.5.2 ", 1, 5, 2)]
    [InlineData("6", 6, 0, 0)]
    public void Versions_are_read_as_Workbench_and_the_CLI_write_them(string text, int major, int minor, int patch)
    {
        Assert.True(DeviceOsVersion.TryParse(text, out var version));
        Assert.Equal(new DeviceOsVersion(major, minor, patch), version);
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("")]
    [InlineData("6..0")]
    [InlineData("1.2.3.4")]
    [InlineData("99999.0.0")]
    [InlineData("-1.0.0")]
    public void Other_text_is_not_a_version(string text) => Assert.False(DeviceOsVersion.TryParse(text, out _));

    [Theory]
    [InlineData("Photon2", "p2")]
    [InlineData("B-SoM", "bsom")]
    [InlineData("ELECTRON", "electron")]
    [InlineData("e-series", "electron")]
    public void Platform_spellings_are_accepted(string text, string expected) => Assert.Equal(expected, ParticlePlatform.Find(text)!.Name);
}
