using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Targets;

namespace ParticleContracts.Generators.Tests.Targets;

/// <summary>The scanning stage reports each target-dependent feature use once, at the call; look-alikes are not uses.</summary>
public sealed class FeatureUseRecognitionTests
{
    [Theory]
    [InlineData("Ledger cfg;\nvoid setup() { cfg = Particle.ledger(\"device-config\"); }", "Ledger", "Particle.ledger")]
    [InlineData("void setup() { String v = System.getEnv(\"RETRY_PERIOD\"); }", "EnvironmentVariables", "System.getEnv")]
    [InlineData("void setup() { if (System.hasEnv(\"X\")) {} }", "EnvironmentVariables", "System.hasEnv")]
    [InlineData("PRODUCT_ID(1234);\nPRODUCT_VERSION(3);\nvoid setup() {}", "ProductIdMacro", "PRODUCT_ID()")]
    [InlineData("CloudEvent event;\nvoid setup() {}", "CloudEvent", "CloudEvent")]
    [InlineData("void loop() { Variant data; Particle.publish(\"reading\", Variant(21.5)); }", "TypedPublish", "Particle.publish")]
    [InlineData("void loop() { Particle.publish(\"img\", buf, size, ContentType::PNG); }", "TypedPublish", "Particle.publish")]
    [InlineData("void h(const char*, const char*) {}\nvoid setup() { Particle.subscribe(\"alarm\", h, MY_DEVICES); }", "SubscribeScope", "Particle.subscribe")]
    [InlineData("void h(const char*, const char*) {}\nvoid setup() { Particle.subscribe(\"alarm\", h, \"e00fce68aaaaaaaaaaaaaaaa\"); }", "SubscribeScope", "Particle.subscribe")]
    public void A_feature_use_is_recognised_at_its_call(string code, string feature, string text)
    {
        var uses = Parse(code);

        var use = Assert.Single(uses);
        Assert.Equal(feature, use.Feature.ToString());
        Assert.Equal(text, use.Text);
        Assert.Equal("/fw/app/src/app.cpp", use.Location.File);
        var written = code.Substring(use.Location.Start, use.Location.Length);
        Assert.StartsWith(text.Split('.')[0].TrimEnd('(', ')'), written, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("void setup() { Particle.publish(\"reading\", \"21.5\", PRIVATE); }")]
    [InlineData("void setup() { Particle.publish(\"reading\"); }")]
    [InlineData("void h(const char*, const char*) {}\nvoid setup() { Particle.subscribe(\"alarm\", h); }")]
    [InlineData("class A { public: void h(const char*, const char*) {} } a;\nvoid setup() { Particle.subscribe(\"alarm\", &A::h, &a); }")]
    [InlineData("// Particle.ledger(\"x\"); System.getEnv(\"Y\"); PRODUCT_ID(1);\nvoid setup() { const char* s = \"CloudEvent Particle.ledger(\"; }")]
    [InlineData("void setup() { myLib.Particle.ledger(\"x\"); other->System.getEnv(\"Y\"); }")]
    [InlineData("#define PRODUCT_ID_VALUE 5\nvoid setup() { int v = PRODUCT_ID_VALUE; }")]
    public void Look_alikes_are_not_feature_uses(string code) => Assert.Empty(Parse(code));

    [Fact]
    public void Workbench_settings_are_read_as_their_own_file_role()
    {
        var model = FirmwareFileParser.Parse(new FirmwareSource("/fw/app/.vscode/settings.json", "{ \"particle.firmwareVersion\": \"4.2.0\" }"));

        Assert.Equal(FirmwareFileRole.WorkbenchSettings, model.Role);
        Assert.Equal("4.2.0", model.Settings!.FirmwareVersion!.Value);
        Assert.Null(model.Settings.TargetPlatform);
    }

    private static IReadOnlyList<FeatureUse> Parse(string code) =>
        FirmwareFileParser.Parse(new FirmwareSource("/fw/app/src/app.cpp", code)).Features.AsImmutableArray();
}
