using ParticleContracts.Generators.Contracts;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Events;

/// <summary>Nested maps and arrays in Variant and JSON-writer payloads, to the reader's depth bound.</summary>
public sealed class NestedPayloadTests
{
    private const string Globals = "double lat; double lon; int n; bool hasGps; String label;";

    private static string Shape(string code)
    {
        var published = Assert.Single(Contract(code).EventsOrEmpty.Publishes);
        Assert.True(published.Payload.Kind == EventPayloadKind.Json, published.Payload.Source);
        return Fields(published.Payload.Fields);
    }

    private static string Fields(EquatableArray<EventField> fields) => "{" + string.Join(",", fields.Select(Field)) + "}";

    private static string Field(EventField field) => field.Name + ":" + Type(field.Type, field.ItemType, field.Fields) + (field.Conditional ? "?" : string.Empty);

    private static string Type(EventFieldType type, EventFieldType itemType, EquatableArray<EventField> fields) => type switch
    {
        EventFieldType.Object => Fields(fields),
        EventFieldType.Array => "[" + Type(itemType, EventFieldType.Json, fields) + "]",
        _ => type.ToString(),
    };

    [Theory]
    [InlineData("VariantMap inner;\ninner.set(\"lat\", lat);\ninner.set(\"lon\", lon);\nVariant data;\ndata.set(\"pos\", inner);\ndata.set(\"n\", n);\nParticle.publish(\"p\", data);", "{pos:{lat:Double,lon:Double},n:Int32}")]
    [InlineData("Variant data;\ndata.set(\"pos\", {{\"lat\", lat}, {\"lon\", lon}});\nParticle.publish(\"p\", data);", "{pos:{lat:Double,lon:Double}}")]
    [InlineData("EventData data = {{\"pos\", {{\"lat\", lat}, {\"lon\", lon}}}, {\"n\", n}};\nParticle.publish(\"p\", data);", "{pos:{lat:Double,lon:Double},n:Int32}")]
    [InlineData("VariantArray list;\nlist.append(lat);\nlist.append(lon);\nVariant data;\ndata.set(\"list\", list);\nParticle.publish(\"p\", data);", "{list:[Double]}")]
    [InlineData("VariantArray list{1, 2, 3};\nVariant data;\ndata.set(\"list\", list);\nParticle.publish(\"p\", data);", "{list:[Int32]}")]
    [InlineData("Variant data;\ndata.set(\"list\", VariantArray{lat, lon});\nParticle.publish(\"p\", data);", "{list:Json}")]
    [InlineData("VariantArray list;\nlist.append(lat);\nlist.append(label);\nVariant data;\ndata.set(\"mixed\", list);\nParticle.publish(\"p\", data);", "{mixed:[Json]}")]
    [InlineData("VariantMap point;\npoint.set(\"lat\", lat);\nVariantArray points;\npoints.append(point);\nVariant data;\ndata.set(\"points\", points);\nParticle.publish(\"p\", data);", "{points:[{lat:Double}]}")]
    [InlineData("VariantMap inner;\ninner.set(\"lat\", lat);\nVariant data;\nif (hasGps) data.set(\"pos\", inner);\nParticle.publish(\"p\", data);", "{pos:{lat:Double}?}")]
    [InlineData("VariantMap inner;\nif (hasGps) inner.set(\"lat\", lat);\ninner.set(\"n\", n);\nVariant data;\ndata.set(\"pos\", inner);\nParticle.publish(\"p\", data);", "{pos:{lat:Double?,n:Int32}}")]
    public void Variant_nested_maps_and_arrays(string statements, string shape)
    {
        Assert.Equal(shape, Shape(InSetup(Globals, statements)));
    }

    [Theory]
    [InlineData("w.beginObject().name(\"pos\").beginObject().name(\"lat\").value(lat).name(\"lon\").value(lon).endObject().name(\"n\").value(n).endObject();", "{pos:{lat:Double,lon:Double},n:Int32}")]
    [InlineData("w.beginObject().name(\"list\").beginArray().value(lat).value(lon).endArray().endObject();", "{list:[Double]}")]
    [InlineData("w.beginObject().name(\"pts\").beginArray();\nw.beginObject().name(\"lat\").value(lat).endObject();\nw.endArray().endObject();", "{pts:[{lat:Double}]}")]
    [InlineData("w.beginObject().name(\"mixed\").beginArray().value(lat).value(label).endArray().endObject();", "{mixed:[Json]}")]
    [InlineData("w.beginObject().name(\"grid\").beginArray().beginArray().value(n).endArray().endArray().endObject();", "{grid:[Json]}")]
    [InlineData("w.beginObject().name(\"empty\").beginArray().endArray().endObject();", "{empty:[Json]}")]
    [InlineData("w.beginObject();\nif (hasGps) {\n w.name(\"pos\").beginObject().name(\"lat\").value(lat).endObject();\n}\nw.endObject();", "{pos:{lat:Double}?}")]
    public void Json_writer_nested_objects_and_arrays(string chain, string shape)
    {
        var code = InSetup(Globals, "char buf[256];\nJSONBufferWriter w(buf, sizeof(buf));\n" + chain + "\nParticle.publish(\"p\", buf);");
        Assert.Equal(shape, Shape(code));
    }

    [Fact]
    public void Nesting_deeper_than_the_reader_limit_is_any_json()
    {
        var chain = "w.beginObject()" + string.Concat(Enumerable.Range(0, 8).Select(i => $".name(\"l{i}\").beginObject()")) + ".name(\"x\").value(n)" + string.Concat(Enumerable.Repeat(".endObject()", 9)) + ";";
        var code = InSetup(Globals, "char buf[512];\nJSONBufferWriter w(buf, sizeof(buf));\n" + chain + "\nParticle.publish(\"p\", buf);");
        Assert.Equal("{l0:{l1:{l2:{l3:{l4:Json}}}}}", Shape(code));
    }

    [Fact]
    public void Variant_maps_that_contain_each_other_stop_at_the_depth_bound()
    {
        var code = InSetup(Globals, "VariantMap a;\nVariantMap b;\na.set(\"b\", b);\nb.set(\"a\", a);\nParticle.publish(\"p\", Variant(a));");
        Assert.Equal("{b:{a:{b:{a:{b:Json}}}}}", Shape(code));
    }

    [Theory]
    // Not nested: a scalar named like a map, a Variant with no keys, a string that only looks like a call.
    [InlineData("Variant data;\ndata.set(\"pos\", lat);\nParticle.publish(\"p\", data);", "{pos:Double}")]
    [InlineData("VariantMap inner;\nVariant data;\ndata.set(\"pos\", inner);\nParticle.publish(\"p\", data);", "{pos:Json}")]
    [InlineData("Variant data;\ndata.set(\"s\", \"inner.set(\\\"x\\\", 1)\");\nParticle.publish(\"p\", data);", "{s:String}")]
    [InlineData("Variant data;\ndata.set(\"pos\", {});\nParticle.publish(\"p\", data);", "{pos:Json}")]
    public void Values_that_are_not_maps_or_arrays_stay_flat(string statements, string shape)
    {
        Assert.Equal(shape, Shape(InSetup(Globals, statements)));
    }

    [Fact]
    public void Commented_out_nested_set_is_ignored()
    {
        var code = InSetup(Globals, "VariantMap inner;\ninner.set(\"lat\", lat);\nVariant data;\ndata.set(\"n\", n);\n// data.set(\"pos\", inner);\n#if 0\ndata.set(\"pos\", inner);\n#endif\nParticle.publish(\"p\", data);");
        Assert.Equal("{n:Int32}", Shape(code));
    }
}
