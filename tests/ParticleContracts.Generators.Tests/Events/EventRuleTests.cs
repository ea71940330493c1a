using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Firmware.Assembly;
using ParticleContracts.Generators.Targets;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Events;

public sealed class EventRuleTests
{
    private const string Handler = "void on(const char* e, const char* d) {}\n";

    [Theory]
    [InlineData("Particle.publish(\"\");", "PCT1030")]
    [InlineData("Particle.subscribe(\"\", on);", "PCT1030")]
    [InlineData("Particle.publish(\"a123456789b123456789c123456789d123456789e123456789f123456789g12345\");", "PCT1031")]
    [InlineData("Particle.subscribe(\"a123456789b123456789c123456789d123456789e123456789f123456789g12345\", on);", "PCT1031")]
    [InlineData("Particle.publish(\"weather reading!\");", "PCT1032")]
    [InlineData("Particle.publish(\"Spark/thing\");", "PCT1033")]
    [InlineData("Particle.publish(\"PARTICLE-x\");", "PCT1033")]
    [InlineData("Particle.subscribe(\"a\", on);\nParticle.subscribe(\"b\", on);\nParticle.subscribe(\"c\", on);\nParticle.subscribe(\"d\", on);\nParticle.subscribe(\"e\", on);", "PCT1034")]
    [InlineData("Particle.subscribe(\"cmd\", on);\nParticle.subscribe(\"cmd/led\", on);", "PCT1035")]
    [InlineData("Particle.subscribe(\"cmd/led\", on);\nParticle.subscribe(\"cmd\", on);", "PCT1035")]
    public void Name_and_subscription_rules(string statements, string id)
    {
        var contract = Contract(InSetup(Handler, statements));
        Assert.Single(contract.Diagnostics, diagnostic => diagnostic.Id == id);
    }

    [Theory]
    [InlineData("Particle.publish(\"weather/reading-1_a\", \"x\");")]
    [InlineData("Particle.subscribe(\"spark/status\", on);")]
    [InlineData("Particle.subscribe(\"a\", on);\nParticle.subscribe(\"b\", on);\nParticle.subscribe(\"c\", on);\nParticle.subscribe(\"d\", on);")]
    [InlineData("Particle.subscribe(\"cmd/led\", on);\nParticle.subscribe(\"cmd/fan\", on);")]
    public void Valid_events_are_not_reported(string statements)
    {
        var contract = Contract(InSetup(Handler, statements));
        Assert.Empty(contract.Diagnostics);
    }

    [Fact]
    public void Constant_payload_over_the_target_limit()
    {
        var payload = new string('x', 700);
        var file = FirmwareFileParser.Parse(new FirmwareSource(MainFile, InSetup("", "Particle.publish(\"log\", \"" + payload + "\");")));
        var old = new ParticleTarget(new DeviceOsVersion(1, 5, 0), null, TargetOrigin.ProjectProperty, TargetOrigin.Default);
        var oldContract = ContractAssembler.AssembleOne("P", "proj", new[] { file }, old);
        var newContract = ContractAssembler.AssembleOne("P", "proj", new[] { file }, ParticleTarget.Default);
        var diagnostic = Assert.Single(oldContract.Diagnostics, d => d.Id == "PCT1036");
        Assert.Contains("700 bytes", diagnostic.Message);
        Assert.Contains("622", diagnostic.Message);
        Assert.DoesNotContain(newContract.Diagnostics, d => d.Id == "PCT1036");
    }

    [Fact]
    public void Publish_in_loop_without_a_rate_guard_is_info()
    {
        var unguarded = Contract("void loop() {\n    Particle.publish(\"tick\");\n}\n");
        var diagnostic = Assert.Single(unguarded.Diagnostics, d => d.Id == "PCT1037");
        Assert.Equal(FirmwareSeverity.Info, diagnostic.Severity);
        var guarded = Contract("unsigned long last;\nvoid loop() {\n    if (millis() - last > 1000) {\n        last = millis();\n        Particle.publish(\"tick\");\n    }\n}\n");
        Assert.DoesNotContain(guarded.Diagnostics, d => d.Id == "PCT1037");
        var delayed = Contract("void loop() {\n    Particle.publish(\"tick\");\n    delay(5000);\n}\n");
        Assert.DoesNotContain(delayed.Diagnostics, d => d.Id == "PCT1037");
    }
}
