using ParticleContracts.Generators.Contracts;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Events;

public sealed class PublishFormTests
{
    private static PublishedEvent SinglePublish(string code)
    {
        var contract = Contract(code);
        Assert.Empty(contract.Registrations);
        return Assert.Single(contract.EventsOrEmpty.Publishes);
    }

    private static string Fields(EventPayload payload) =>
        string.Join(",", payload.Fields.Select(field => field.Name + ":" + field.Type));

    [Theory]
    [InlineData("Particle.publish(\"ping\");", "ping", "", "None")]
    [InlineData("Spark.publish(\"ping\");", "ping", "", "None")]
    [InlineData("Particle.publish(\"ping\", PRIVATE);", "ping", "PRIVATE", "None")]
    [InlineData("Particle.publish(\"ping\", \"up\");", "ping", "", "Text")]
    [InlineData("Particle.publish(\"ping\", \"up\", PRIVATE | WITH_ACK);", "ping", "PRIVATE|WITH_ACK", "Text")]
    [InlineData("Particle.publish(\"ping\", \"up\", 60, PUBLIC);", "ping", "PUBLIC", "Text")]
    [InlineData("Particle.publish(\"ping\", \"up\", 60);", "ping", "", "Text")]
    [InlineData("Particle.publish(\"ping\", \"up\", NO_ACK);", "ping", "NO_ACK", "Text")]
    [InlineData("Particle.publish(EVENT_NAME, \"up\");", "station/ping", "", "Text")]
    [InlineData("Particle.publish(kName, \"up\");", "const/ping", "", "Text")]
    [InlineData("Particle.publish(PREFIX \"ping\", \"up\");", "station/ping", "", "Text")]
    public void Classic_publish_forms_give_name_flags_and_payload(string statement, string name, string flags, string payload)
    {
        var globals = "#define EVENT_NAME \"station/ping\"\n#define PREFIX \"station/\"\nconst char* kName = \"const/ping\";\nunsigned long last;";
        var published = SinglePublish(InSetup(globals, statement));
        Assert.Equal(name, published.Name);
        Assert.Equal(flags, published.Flags);
        Assert.Equal(payload, published.Payload.Kind.ToString());
        Assert.Equal(EventForm.Classic, published.Form);
    }

    [Theory]
    [InlineData("Particle.publish(\"r\", String::format(\"{\\\"t\\\":%.1f,\\\"h\\\":%d}\", t, h));", "t:Double,h:Int32", "String::format")]
    [InlineData("Particle.publish(\"r\", String::format(\"{\\\"id\\\":\\\"%s\\\",\\\"n\\\":%ld,\\\"u\\\":%u}\", id, n, u));", "id:String,n:Int64,u:Int64", "String::format")]
    [InlineData("char buf[64];\nsnprintf(buf, sizeof(buf), \"{\\\"t\\\":%f}\", t);\nParticle.publish(\"r\", buf);", "t:Double", "snprintf")]
    [InlineData("char buf[64];\nsprintf(buf, \"{\\\"t\\\":%i, \\\"raw\\\":%s}\", h, id);\nParticle.publish(\"r\", buf);", "t:Int32,raw:Json", "sprintf")]
    [InlineData("String s = String::format(\"{\\\"ok\\\":true,\\\"v\\\":%.2f}\", t);\nParticle.publish(\"r\", s);", "ok:Bool,v:Double", "String::format")]
    [InlineData("String s;\ns = String::format(\"{\\\"h\\\":%d}\", h);\nParticle.publish(\"r\", s.c_str());", "h:Int32", "String::format")]
    [InlineData("Particle.publish(\"r\", String::format(FORMAT, t));", "t:Double", "String::format")]
    [InlineData("Particle.publish(\"r\", \"{\\\"mode\\\":\\\"eco\\\",\\\"level\\\":3}\");", "mode:String,level:Int32", "a constant JSON object")]
    [InlineData("Particle.publish(\"r\", String::format(\"{\\\"nested\\\":{\\\"a\\\":%d},\\\"b\\\":%d}\", h, h));", "nested:Json,b:Int32", "String::format")]
    [InlineData("Particle.publish(\"r\", String::format(\"{\\\"on\\\":%s,\\\"w\\\":%*d,\\\"raw\\\":%s}\", on ? \"true\" : \"false\", 4, h, id));", "on:Bool,w:Int32,raw:Json", "String::format")]
    [InlineData("Particle.publish(\"r\", String::format(\"{\\\"s\\\":\\\"%s-%d\\\",\\\"ok\\\":%s}\", id, h, \"true\"));", "s:String,ok:Bool", "String::format")]
    public void Format_strings_give_json_fields(string statements, string fields, string source)
    {
        var globals = "#define FORMAT \"{\\\"t\\\":%.1f}\"\ndouble t; int h; const char* id; long n; unsigned u; bool on;";
        var published = SinglePublish(InSetup(globals, statements));
        Assert.True(published.Payload.Kind == EventPayloadKind.Json, published.Payload.Source);
        Assert.Equal(fields, Fields(published.Payload));
        Assert.Equal(source, published.Payload.Source);
    }

    [Theory]
    [InlineData("Particle.publish(\"r\", String(t));", "Double")]
    [InlineData("Particle.publish(\"r\", String(h));", "Int32")]
    [InlineData("Particle.publish(\"r\", String::format(\"%.1f\", t));", "Double")]
    [InlineData("Particle.publish(\"r\", String(on));", "Bool")]
    public void Numbers_written_as_text_are_scalars(string statement, string type)
    {
        var published = SinglePublish(InSetup("double t; int h; bool on;", statement));
        Assert.Equal(EventPayloadKind.Scalar, published.Payload.Kind);
        Assert.Equal(":" + type, Fields(published.Payload));
    }

    [Fact]
    public void Json_buffer_writer_chains_give_fields_from_the_value_types()
    {
        var code = InSetup(
            "double temperature; int humidity; String station;",
            "char buf[256];\nJSONBufferWriter writer(buf, sizeof(buf) - 1);\nwriter.beginObject();\nwriter.name(\"t\").value(temperature);\n"
            + "writer.name(\"h\").value(humidity).name(\"s\").value(station);\nwriter.name(\"geo\").beginObject().name(\"lat\").value(1.5).endObject();\n"
            + "writer.name(\"ok\").value(true);\nwriter.endObject();\nParticle.publish(\"weather/reading\", buf, PRIVATE);");
        var published = SinglePublish(code);
        Assert.Equal("t:Double,h:Int32,s:String,geo:Object,ok:Bool", Fields(published.Payload));
        Assert.Equal("JSONBufferWriter", published.Payload.Source);
    }

    [Fact]
    public void Writer_buffer_call_is_the_writer()
    {
        var code = InSetup("int level;", "char buf[128];\nJSONBufferWriter w(buf, sizeof(buf));\nw.beginObject().name(\"level\").value(level).endObject();\nParticle.publish(\"lvl\", w.buffer());");
        Assert.Equal("level:Int32", Fields(SinglePublish(code).Payload));
    }

    [Theory]
    [InlineData("Variant data;\ndata.set(\"t\", temperature);\ndata.set(\"n\", count);\nParticle.publish(\"v\", data);", "t:Double,n:Int32")]
    [InlineData("EventData data = {{\"t\", temperature}, {\"ok\", true}};\nParticle.publish(\"v\", data);", "t:Double,ok:Bool")]
    [InlineData("VariantMap map;\nmap[\"t\"] = temperature;\nParticle.publish(\"v\", Variant(map));", "t:Double")]
    [InlineData("Variant data{{\"s\", String(\"x\")}, {\"n\", Variant(count)}};\nParticle.publish(\"v\", data, PRIVATE);", "s:String,n:Int32")]
    public void Variant_payloads_give_fields(string statements, string fields)
    {
        var published = SinglePublish(InSetup("double temperature; int count;", statements));
        Assert.Equal(fields, Fields(published.Payload));
        Assert.Equal("Variant", published.Payload.Source);
    }

    [Fact]
    public void Variant_publish_is_the_variant_form()
    {
        var published = SinglePublish(InSetup("double t;", "Variant data;\ndata.set(\"t\", t);\nParticle.publish(\"v\", data);"));
        Assert.Equal(EventForm.Variant, published.Form);
    }

    [Theory]
    [InlineData("Particle.publish(\"img\", buf, size, ContentType::JPEG);", "Bytes")]
    [InlineData("Particle.publish(\"img\", buf, ContentType::BINARY);", "Bytes")]
    [InlineData("Particle.publish(\"img\", buf, size, ContentType::PNG);", "Bytes")]
    [InlineData("Particle.publish(\"img\", \"hi\", ContentType::TEXT);", "Text")]
    public void Content_types_give_bytes(string statement, string kind)
    {
        var published = SinglePublish(InSetup("uint8_t buf[32]; size_t size;", statement));
        Assert.Equal(EventForm.ContentType, published.Form);
        Assert.Equal(kind, published.Payload.Kind.ToString());
    }

    [Fact]
    public void Cloud_event_takes_name_data_and_content_type_from_its_members()
    {
        var code = "CloudEvent ev;\ndouble t;\nvoid setup() {\n    ev.name(\"station/reading\");\n}\nvoid loop() {\n    if (millis() > 0) {\n"
            + "        Variant data;\n        data.set(\"t\", t);\n        ev.data(data);\n        Particle.publish(ev);\n    }\n}\n";
        var published = SinglePublish(code);
        Assert.Equal("station/reading", published.Name);
        Assert.Equal(EventForm.CloudEvent, published.Form);
        Assert.Equal("t:Double", Fields(published.Payload));
        Assert.Equal("loop", published.EnclosingFunction);
    }

    [Fact]
    public void Cloud_event_with_binary_content_type_is_bytes()
    {
        var code = "CloudEvent ev;\nuint8_t image[100];\nvoid setup() {\n    ev.name(\"cam\");\n    ev.contentType(ContentType::JPEG);\n    ev.data(image, sizeof(image));\n    Particle.publish(ev);\n}\n";
        var published = SinglePublish(code);
        Assert.Equal(EventPayloadKind.Bytes, published.Payload.Kind);
    }

    [Fact]
    public void Run_time_names_keep_their_constant_ends_and_are_reported()
    {
        var contract = Contract(InSetup("", "Particle.publish(System.deviceID() + \"/hook-response/x\", \"1\");\nParticle.publish(String(\"dev/\") + System.deviceID(), \"1\");"));
        var publishes = contract.EventsOrEmpty.Publishes;
        Assert.Equal(2, publishes.Count);
        Assert.Null(publishes[0].Name);
        Assert.Equal("/hook-response/x", publishes[0].KnownSuffix);
        Assert.Equal("dev/", publishes[1].KnownPrefix);
        Assert.Equal(2, Ids(contract).Count(id => id == "PCT1039"));
    }

    [Fact]
    public void Text_payload_built_at_run_time_is_a_string_with_the_reason()
    {
        var contract = Contract(InSetup("double t;", "String s = \"{\\\"t\\\":\" + String(t) + \"}\";\nParticle.publish(\"r\", s);"));
        var published = Assert.Single(contract.EventsOrEmpty.Publishes);
        Assert.Equal(EventPayloadKind.Text, published.Payload.Kind);
        var info = Assert.Single(contract.Diagnostics, diagnostic => diagnostic.Id == "PCT1038");
        Assert.Contains("'s'", info.Message);
    }

    [Theory]
    [InlineData("// Particle.publish(\"commented\");")]
    [InlineData("/* Particle.publish(\"block\", \"x\"); */")]
    [InlineData("#if 0\nParticle.publish(\"disabled\");\n#endif")]
    [InlineData("Serial.println(\"Particle.publish(\\\"text\\\")\");")]
    [InlineData("Log.info(\"Particle.subscribe(\\\"x\\\", h)\");")]
    [InlineData("other.Particle.publish(\"member\");")]
    public void Commented_disabled_and_quoted_calls_are_not_events(string statement)
    {
        var contract = Contract(InSetup("", statement));
        Assert.True(contract.EventsOrEmpty.IsEmpty);
        Assert.Null(contract.Events);
    }

    [Fact]
    public void Publish_under_an_undecided_condition_is_conditional()
    {
        var published = SinglePublish(InSetup("", "#ifdef USE_EVENTS\nParticle.publish(\"maybe\");\n#endif"));
        Assert.True(published.Conditional);
    }

    [Fact]
    public void Malformed_publish_is_reported_and_skipped()
    {
        var contract = Contract(InSetup("", "Particle.publish();"));
        Assert.True(contract.EventsOrEmpty.IsEmpty);
        Assert.Contains("PCT1040", Ids(contract));
    }
}
