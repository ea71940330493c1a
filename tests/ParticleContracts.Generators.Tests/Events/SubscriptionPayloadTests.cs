using ParticleContracts.Generators.Contracts;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Events;

/// <summary>
/// The payload a subscription handler expects, read from its body the way a function handler's argument is: text
/// handlers (<c>const char* data</c>, 6.2 sized/content-type), <c>EventData</c>/<c>Variant</c> handlers, 6.3
/// <c>CloudEvent</c> handlers, lambdas and members; anything else stays a string with PCT1038 saying why.
/// </summary>
public sealed class SubscriptionPayloadTests
{
    [Theory]
    // const char* data
    [InlineData("void h(const char* e, const char* data) { setpoint = atoi(data); }", "Integer")]
    [InlineData("void h(const char* e, const char* data) { setpoint = String(data).toInt(); }", "Integer")]
    [InlineData("void h(const char* e, const char* data) { String s(data); setpoint = s.toInt(); }", "Integer")]
    [InlineData("void h(const char* e, const char* data) { String s = data; level = s.toFloat(); }", "Number")]
    [InlineData("void h(const char* e, const char* data) { level = atof(data); }", "Number")]
    [InlineData("void h(const char* e, const char* data) { level = strtod(data, NULL); }", "Number")]
    [InlineData("void h(const char* e, const char* data) { if (strcmp(data, \"on\") == 0) on = true; else if (strcmp(data, \"off\") == 0) on = false; }", "Words:on|off")]
    [InlineData("void h(const char* e, const char* data) { String s(data); if (s == \"heat\") mode = 1; else if (s == \"cool\") mode = 2; }", "Words:heat|cool")]
    [InlineData("void h(const char* e, const char* data) { int r, g, b; sscanf(data, \"%d,%d,%d\", &r, &g, &b); }", "Fields(,):r=Integer|g=Integer|b=Integer")]
    [InlineData("void h(const char* e, const char* data) { JSONValue v = JSONValue::parseCopy(data); JSONObjectIterator it(v); while (it.next()) { if (it.name() == \"setpoint\") setpoint = it.value().toInt(); } }", "Json:setpoint=Integer")]
    [InlineData("void h(const char* e, const char* data) { Variant v = Variant::fromJSON(data); setpoint = v.get(\"setpoint\").toInt(); mode = v.get(\"mode\").toString(); }", "Json:setpoint=Integer|mode=Text")]
    [InlineData("void h(const char* e, const char* data, size_t size, ContentType type) { setpoint = atoi(data); }", "Integer")]
    [InlineData("void h(const char* e, String data) { setpoint = data.toInt(); }", "Integer")]
    // EventData / Variant
    [InlineData("void h(const char* e, EventData data) { setpoint = data.get(\"setpoint\").toInt(); level = data.get(\"level\").toDouble(); }", "Json:setpoint=Integer|level=Number")]
    [InlineData("void h(const char* e, const Variant& data) { setpoint = data[\"setpoint\"].toInt(); on = data[\"on\"].toBool(); }", "Json:setpoint=Integer|on=Boolean")]
    [InlineData("void h(const char* e, EventData data) { setpoint = data.toInt(); }", "Integer")]
    // CloudEvent
    [InlineData("void h(CloudEvent event) { Variant d = event.data(); setpoint = d.get(\"setpoint\").toInt(); }", "Json:setpoint=Integer")]
    [InlineData("void h(CloudEvent event) { setpoint = event.data().get(\"setpoint\").toInt(); Log.info(\"%s\", event.name()); }", "Json:setpoint=Integer")]
    [InlineData("void h(CloudEvent event) { setpoint = event.dataString().toInt(); }", "Integer")]
    [InlineData("void h(CloudEvent event) { if (event.dataString() == \"reset\") reset = true; else if (event.dataString() == \"reboot\") reboot = true; }", "Words:reset|reboot")]
    // never reads the data
    [InlineData("void h(const char* e, const char* data) { count++; }", "None")]
    [InlineData("void h(CloudEvent event) { Log.info(\"%s\", event.name()); }", "None")]
    public void Handler_forms(string handler, string expected)
    {
        var subscription = Subscription("int setpoint; double level; bool on; int mode; int count; bool reset; bool reboot;\n" + handler, "Particle.subscribe(\"cmd\", h);");
        Assert.Equal(expected, Describe(subscription.Payload!));
    }

    [Fact]
    public void A_lambda_is_read_in_place()
    {
        var subscription = Subscription("int setpoint;", "Particle.subscribe(\"cmd\", [](const char* e, const char* data) { setpoint = atoi(data); });");
        Assert.Equal("Integer", Describe(subscription.Payload!));
        Assert.Equal("data", subscription.PayloadParameter);
    }

    [Fact]
    public void A_member_handler_is_found_through_the_class()
    {
        var code = "class Thermostat {\npublic:\n    void onSetpoint(const char* e, const char* data);\n    void begin();\n    int target;\n};\n"
            + "void Thermostat::onSetpoint(const char* e, const char* data) { target = atoi(data); }\n"
            + "void Thermostat::begin() {\n    Particle.subscribe(\"setpoint\", &Thermostat::onSetpoint, this);\n}\n";
        var subscription = Assert.Single(Contract(code).EventsOrEmpty.Subscriptions);
        Assert.Equal("Integer", Describe(subscription.Payload!));
    }

    [Fact]
    public void A_helper_the_data_is_passed_to_is_followed()
    {
        var subscription = Subscription(
            "int level;\nint apply(String value) { level = value.toInt(); return 0; }\nvoid h(const char* e, const char* data) { apply(data); }",
            "Particle.subscribe(\"cmd\", h);");
        Assert.Equal("Integer", Describe(subscription.Payload!));
    }

    [Theory]
    [InlineData("void h(const char* e, const char* data) { Serial.println(data); }", "only uses the argument in ways the reader does not follow")]
    [InlineData("void h(const char* e, const char* data) { if (strncmp(data, \"set\", 3) == 0) go(); }", "compares a prefix of the argument")]
    [InlineData("void h(const char* e, const char* data) { int a = atoi(data); if (strcmp(data, \"x\") == 0) a = 0; }", "reads its argument in more than one way")]
    [InlineData("void h(const char* e, EventData data) { Variant x = data; x.toMap(); }", "only uses the argument in ways the reader does not follow")]
    public void Handlers_that_show_nothing_narrower_stay_strings_with_PCT1038(string handler, string reason)
    {
        var contract = Contract(InSetup("void go();\n" + handler, "Particle.subscribe(\"cmd\", h);"));
        var subscription = Assert.Single(contract.EventsOrEmpty.Subscriptions);
        Assert.Equal(ArgumentKind.Text, subscription.Payload!.Kind);
        var diagnostic = Assert.Single(contract.Diagnostics, d => d.Id == "PCT1038");
        Assert.Contains("\"cmd\"", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("its handler h ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(reason, subscription.Payload.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("void h(const char* e, const char* data) { setpoint = atoi(e); }")]
    [InlineData("void h(const char* e, const char* data) { /* setpoint = atoi(data); */ }")]
    [InlineData("void h(const char* e, const char* data) {\n#if 0\n setpoint = atoi(data);\n#endif\n}")]
    [InlineData("void h(const char* e, const char* data) { Serial.println(\"atoi(data)\"); }")]
    public void Reads_of_other_things_are_not_reads_of_the_data(string handler)
    {
        var subscription = Subscription("int setpoint;\n" + handler, "Particle.subscribe(\"cmd\", h);");
        Assert.Equal(ArgumentKind.None, subscription.Payload!.Kind);
    }

    [Theory]
    [InlineData("void h(const char* e, const char* data) {\ndata, \"heat\") == 0) on = true; }")]
    [InlineData("int f(String a) {\na, 1; return 0; }")]
    public void A_body_that_starts_with_its_parameter_is_read_without_a_reader_error(string handler)
    {
        var contract = Contract(InSetup("bool on;\n" + handler, "Particle.subscribe(\"cmd\", h);\nParticle.function(\"f\", f);"));
        Assert.DoesNotContain("PCT1079", Ids(contract));
    }

    [Fact]
    public void A_handler_outside_the_project_stays_a_string_without_a_note()
    {
        var contract = Contract(InSetup("void h(const char* e, const char* data);", "Particle.subscribe(\"cmd\", h);"));
        var subscription = Assert.Single(contract.EventsOrEmpty.Subscriptions);
        Assert.Equal(ArgumentKind.Text, subscription.Payload!.Kind);
        Assert.DoesNotContain("PCT1038", Ids(contract));
    }

    [Fact]
    public void A_function_handler_with_a_subscription_head_gets_no_function_grammar()
    {
        var contract = Contract(InSetup("int setpoint;\nint f(String arg) { return arg.toInt(); }\nvoid h(const char* e, const char* data) { setpoint = atoi(data); }", "Particle.function(\"f\", f);\nParticle.subscribe(\"cmd\", f);"));
        Assert.Equal(ArgumentKind.Integer, Assert.Single(contract.FunctionArguments).Grammar.Kind);
        Assert.Equal(ArgumentKind.Text, Assert.Single(contract.EventsOrEmpty.Subscriptions).Payload!.Kind);
    }

    private static SubscribedEvent Subscription(string globals, string statement) =>
        Assert.Single(Contract(InSetup(globals, statement)).EventsOrEmpty.Subscriptions);

    internal static string Describe(ArgumentGrammar grammar) => grammar.Kind switch
    {
        ArgumentKind.Words => "Words:" + string.Join("|", grammar.Words),
        ArgumentKind.Json => "Json:" + string.Join("|", grammar.Fields.Select(f => f.Name + "=" + f.Type)),
        ArgumentKind.Fields => "Fields(" + grammar.Separator + "):" + string.Join("|", grammar.Fields.Select(f => f.Name + "=" + f.Type)),
        _ => grammar.Kind.ToString(),
    };
}
