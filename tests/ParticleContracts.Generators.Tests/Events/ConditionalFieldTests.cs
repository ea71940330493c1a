using ParticleContracts.Generators.Contracts;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Events;

/// <summary>Payload fields written only on some paths are conditional (nullable in C#); fields written on every path are not.</summary>
public sealed class ConditionalFieldTests
{
    private const string Globals = "double t; double lat; int h; bool hasGps; int mode; const char* id;";

    private static string Fields(string code)
    {
        var contract = Contract(code);
        var published = Assert.Single(contract.EventsOrEmpty.Publishes);
        Assert.True(published.Payload.Kind == EventPayloadKind.Json, published.Payload.Source);
        return string.Join(",", published.Payload.Fields.Select(field => field.Name + ":" + field.Type + (field.Conditional ? "?" : string.Empty)));
    }

    [Theory]
    // Variant set inside a braced if, an unbraced if, an else, a switch, a loop.
    [InlineData("Variant d;\nd.set(\"t\", t);\nif (hasGps) {\n d.set(\"lat\", lat);\n}\nParticle.publish(\"p\", d);", "t:Double,lat:Double?")]
    [InlineData("Variant d;\nd.set(\"t\", t);\nif (hasGps) d.set(\"lat\", lat);\nParticle.publish(\"p\", d);", "t:Double,lat:Double?")]
    [InlineData("Variant d;\nif (hasGps) {\n d.set(\"lat\", lat);\n} else {\n d.set(\"h\", h);\n}\nParticle.publish(\"p\", d);", "lat:Double?,h:Int32?")]
    [InlineData("Variant d;\nif (hasGps) d.set(\"lat\", lat);\nelse d.set(\"h\", h);\nParticle.publish(\"p\", d);", "lat:Double?,h:Int32?")]
    [InlineData("Variant d;\nswitch (mode) {\n case 1: d.set(\"h\", h); break;\n}\nd.set(\"t\", t);\nParticle.publish(\"p\", d);", "h:Int32?,t:Double")]
    [InlineData("Variant d;\nfor (int i = 0; i < mode; i++) {\n d.set(\"h\", h);\n}\nParticle.publish(\"p\", d);", "h:Int32?")]
    [InlineData("Variant d;\nwhile (hasGps) d.set(\"lat\", lat);\nParticle.publish(\"p\", d);", "lat:Double?")]
    [InlineData("VariantMap m;\nif (hasGps) { m[\"lat\"] = lat; }\nParticle.publish(\"p\", Variant(m));", "lat:Double?")]
    // Ternary with a null side: present but maybe null.
    [InlineData("Variant d;\nd.set(\"lat\", hasGps ? Variant(lat) : Variant());\nParticle.publish(\"p\", d);", "lat:Double?")]
    [InlineData("Variant d;\nd.set(\"id\", hasGps ? nullptr : id);\nParticle.publish(\"p\", d);", "id:String?")]
    [InlineData("EventData d = {{\"t\", t}, {\"lat\", hasGps ? Variant(lat) : Variant()}};\nParticle.publish(\"p\", d);", "t:Double,lat:Double?")]
    // JSON writer: name/value inside an if.
    [InlineData("char buf[128];\nJSONBufferWriter w(buf, sizeof(buf));\nw.beginObject();\nw.name(\"t\").value(t);\nif (hasGps) {\n w.name(\"lat\").value(lat);\n}\nw.endObject();\nParticle.publish(\"p\", buf);", "t:Double,lat:Double?")]
    [InlineData("char buf[128];\nJSONBufferWriter w(buf, sizeof(buf));\nw.beginObject();\nif (hasGps) w.name(\"pos\").beginObject().name(\"a\").value(1).endObject();\nw.endObject();\nParticle.publish(\"p\", buf);", "pos:Object?")]
    public void Fields_written_on_some_paths_are_conditional(string statements, string fields)
    {
        Assert.Equal(fields, Fields(InSetup(Globals, statements)));
    }

    [Fact]
    public void Field_under_an_undecided_preprocessor_condition_is_conditional()
    {
        var code = InSetup(Globals, "Variant d;\nd.set(\"t\", t);\n#ifdef HAS_GPS\nd.set(\"lat\", lat);\n#endif\nParticle.publish(\"p\", d);");
        Assert.Equal("t:Double,lat:Double?", Fields(code));
    }

    [Fact]
    public void Field_set_in_a_helper_under_an_if_is_conditional()
    {
        var code = Globals + "\nVariant d;\nvoid fill() {\n d.set(\"t\", t);\n if (hasGps) { d.set(\"lat\", lat); }\n}\nvoid loop() {\n fill();\n Particle.publish(\"p\", d);\n}\n";
        Assert.Equal("t:Double,lat:Double?", Fields(code));
    }

    [Theory]
    // Publish in the same branch as the set: not conditional relative to the publish.
    [InlineData("Variant d;\nif (hasGps) {\n d.set(\"lat\", lat);\n Particle.publish(\"p\", d);\n}", "lat:Double")]
    [InlineData("Variant d;\nif (hasGps) {\n d.set(\"lat\", lat);\n if (mode) {\n  Particle.publish(\"p\", d);\n }\n}", "lat:Double")]
    // Set on an unconditional path as well as a conditional one.
    [InlineData("Variant d;\nif (hasGps) d.set(\"lat\", lat);\nd.set(\"lat\", 0.0);\nParticle.publish(\"p\", d);", "lat:Double")]
    // do-while runs its body at least once; a plain block is not a branch.
    [InlineData("Variant d;\ndo {\n d.set(\"h\", h);\n} while (hasGps);\nParticle.publish(\"p\", d);", "h:Int32")]
    [InlineData("Variant d;\n{\n d.set(\"h\", h);\n}\nParticle.publish(\"p\", d);", "h:Int32")]
    // A ternary with two real values is not nullable.
    [InlineData("Variant d;\nd.set(\"v\", hasGps ? lat : t);\nParticle.publish(\"p\", d);", "v:Double")]
    // The writer and variant built before an if that only guards the publish.
    [InlineData("char buf[64];\nJSONBufferWriter w(buf, sizeof(buf));\nw.beginObject().name(\"t\").value(t).endObject();\nif (hasGps) Particle.publish(\"p\", buf);", "t:Double")]
    [InlineData("Variant d;\nd.set(\"t\", t);\nif (hasGps) {\n Particle.publish(\"p\", d);\n}", "t:Double")]
    public void Fields_written_whenever_the_publish_runs_are_not_conditional(string statements, string fields)
    {
        Assert.Equal(fields, Fields(InSetup(Globals, statements)));
    }

    [Fact]
    public void Same_preprocessor_condition_around_set_and_publish_is_not_conditional()
    {
        var code = InSetup(Globals, "Variant d;\n#ifdef HAS_GPS\nd.set(\"lat\", lat);\nParticle.publish(\"p\", d);\n#endif");
        Assert.Equal("lat:Double", Fields(code));
    }

    [Fact]
    public void Decided_preprocessor_condition_is_not_conditional()
    {
        var code = "#define HAS_GPS 1\n" + InSetup(Globals, "Variant d;\n#if HAS_GPS\nd.set(\"lat\", lat);\n#endif\nParticle.publish(\"p\", d);");
        Assert.Equal("lat:Double", Fields(code));
    }

    [Fact]
    public void Cloud_event_data_set_under_an_if_is_relative_to_the_data_call()
    {
        var code = Globals + "\nCloudEvent ev;\nvoid loop() {\n Variant d;\n d.set(\"t\", t);\n if (hasGps) d.set(\"lat\", lat);\n ev.name(\"p\");\n ev.data(d);\n Particle.publish(ev);\n}\n";
        Assert.Equal("t:Double,lat:Double?", Fields(code));
    }
}
