using ParticleContracts.Generators.Contracts;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Events;

public sealed class SubscribeFormTests
{
    private const string Handlers =
        "void onCommand(const char* event, const char* data) {}\n"
        + "void onTyped(const char* event, const char* data, size_t size, ContentType type) {}\n"
        + "void onVariant(const char* event, EventData data) {}\n"
        + "void onCloudEvent(CloudEvent event) {}\n"
        + "std::function<void(const char*, const char*)> callback;\n"
        + "class Thermostat {\npublic:\n    void onSetpoint(const char* event, const char* data);\n    void begin();\n};\n";

    [Theory]
    [InlineData("Particle.subscribe(\"cmd\", onCommand);", "cmd", "onCommand", "FunctionHandler", "const char*,const char*", null)]
    [InlineData("Spark.subscribe(\"cmd\", onCommand);", "cmd", "onCommand", "FunctionHandler", "const char*,const char*", null)]
    [InlineData("Particle.subscribe(\"cmd\", onCommand, MY_DEVICES);", "cmd", "onCommand", "FunctionHandler", "const char*,const char*", "MY_DEVICES")]
    [InlineData("Particle.subscribe(\"cmd\", onCommand, ALL_DEVICES);", "cmd", "onCommand", "FunctionHandler", "const char*,const char*", "ALL_DEVICES")]
    [InlineData("Particle.subscribe(\"cmd\", onCommand, \"0123456789abcdef01234567\");", "cmd", "onCommand", "FunctionHandler", "const char*,const char*", "\"0123456789abcdef01234567\"")]
    [InlineData("Particle.subscribe(\"bin\", onTyped);", "bin", "onTyped", "FunctionHandler", "const char*,const char*,size_t,ContentType", null)]
    [InlineData("Particle.subscribe(\"var\", onVariant);", "var", "onVariant", "FunctionHandler", "const char*,EventData", null)]
    [InlineData("Particle.subscribe(\"ce\", onCloudEvent, SubscribeOptions());", "ce", "onCloudEvent", "FunctionHandler", "CloudEvent", null)]
    [InlineData("Particle.subscribe(\"fn\", callback);", "fn", "callback", "FunctionHandler", "char*,char*", null)]
    [InlineData("Particle.subscribe(\"lam\", [](const char* e, const char* d) { Serial.println(d); });", "lam", "lambda", "LambdaHandler", "const char*,const char*", null)]
    [InlineData("Particle.subscribe(PREFIX, onCommand);", "station/cmd", "onCommand", "FunctionHandler", "const char*,const char*", null)]
    public void Subscribe_forms(string statement, string prefix, string handler, string form, string? signature, string? scope)
    {
        var contract = Contract(InSetup("#define PREFIX \"station/cmd\"\n" + Handlers, statement));
        var subscription = Assert.Single(contract.EventsOrEmpty.Subscriptions);
        Assert.Equal(prefix, subscription.Prefix);
        Assert.Equal(handler, subscription.Handler);
        Assert.Equal(form, subscription.Form.ToString());
        Assert.Equal(signature, subscription.HandlerSignature);
        Assert.Equal(scope, subscription.Scope);
    }

    [Fact]
    public void Member_handler_with_this()
    {
        var code = Handlers + "void Thermostat::begin() {\n    Particle.subscribe(\"setpoint\", &Thermostat::onSetpoint, this);\n}\n";
        var subscription = Assert.Single(Contract(code).EventsOrEmpty.Subscriptions);
        Assert.Equal(EventForm.MemberHandler, subscription.Form);
        Assert.Equal("const char*,const char*", subscription.HandlerSignature);
        Assert.Null(subscription.Scope);
    }

    [Fact]
    public void Scope_argument_on_6x_is_reported_by_the_feature_gate()
    {
        var contract = Contract(InSetup(Handlers, "Particle.subscribe(\"cmd\", onCommand, MY_DEVICES);"));
        Assert.Contains("PCT1095", Ids(contract));
    }

    [Fact]
    public void Run_time_prefix_keeps_its_constant_start()
    {
        var contract = Contract(InSetup(Handlers, "Particle.subscribe(System.deviceID() + \"/hook-response/x\", onCommand);\nParticle.subscribe(\"hook/\" + System.deviceID(), onCommand);"));
        var subscriptions = contract.EventsOrEmpty.Subscriptions;
        Assert.Null(subscriptions[0].Prefix);
        Assert.Null(subscriptions[0].KnownPrefix);
        Assert.Equal("hook/", subscriptions[1].KnownPrefix);
        Assert.Contains("PCT1039", Ids(contract));
    }

    [Fact]
    public void Malformed_subscribe_is_reported()
    {
        var contract = Contract(InSetup(Handlers, "Particle.subscribe(\"cmd\");"));
        Assert.Empty(contract.EventsOrEmpty.Subscriptions);
        Assert.Contains("PCT1040", Ids(contract));
    }
}
