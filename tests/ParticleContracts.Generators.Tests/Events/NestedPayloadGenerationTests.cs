using ParticleContracts.Generators.Tests.Generation;

namespace ParticleContracts.Generators.Tests.Events;

/// <summary>Nested payload records and lists in the generated events file, read from and written to real JSON.</summary>
public sealed class NestedPayloadGenerationTests
{
    internal const string RoverFirmware = """
        #include "Particle.h"
        double lat;
        double lon;
        int battery;
        bool hasGps;
        String name;
        void loop() {
            VariantMap pos;
            pos.set("lat", lat);
            pos.set("lon", lon);
            VariantArray history;
            history.append(lat);
            Variant data;
            data.set("pos", pos);
            data.set("history", history);
            data.set("battery", battery);
            if (hasGps) {
                data.set("fix", {{"sats", 7}, {"hdop", 1.5}});
            }
            Particle.publish("rover/state", data);

            char buf[512];
            JSONBufferWriter w(buf, sizeof(buf));
            w.beginObject();
            w.name("name").value(name);
            w.name("stops").beginArray();
            w.beginObject().name("lat").value(lat).name("lon").value(lon).endObject();
            w.endArray();
            w.name("tags").beginArray().value(name).endArray();
            w.endObject();
            Particle.publish("rover/route", buf);
        }
        """;

    [Fact]
    public void Events_file_with_nested_payloads_matches_the_snapshot()
    {
        using var generated = GeneratedPayloads.For("rover", RoverFirmware);
        Snapshot.Verify("Events.Rover", generated.EventsSource);
        Assert.Contains("\"{pos:{lat:double,lon:double},history:[double],battery:int32,fix:{sats:int32,hdop:double}?}\"", generated.EventsSource, StringComparison.Ordinal);
        Assert.Contains("\"{name:string,stops:[{lat:double,lon:double}],tags:[string]}\"", generated.EventsSource, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_objects_and_arrays_read_from_a_real_payload()
    {
        using var generated = GeneratedPayloads.For("rover", RoverFirmware);
        var json = "{\"pos\":{\"lat\":47.5,\"lon\":8.25,\"alt\":400},\"history\":[1.5,2.5],\"battery\":80,\"fix\":{\"sats\":9,\"hdop\":0.8},\"extra\":{\"a\":[1]}}";
        var state = GeneratedPayloads.Read(generated.Type("Rover+RoverStatePayload"), json);
        var pos = GeneratedPayloads.Get(state, "Pos")!;
        Assert.Equal(47.5, GeneratedPayloads.Get(pos, "Lat"));
        Assert.Equal(8.25, GeneratedPayloads.Get(pos, "Lon"));
        Assert.Equal([1.5, 2.5], (IReadOnlyList<double>)GeneratedPayloads.Get(state, "History")!);
        Assert.Equal(80, GeneratedPayloads.Get(state, "Battery"));
        Assert.Equal(9, GeneratedPayloads.Get(GeneratedPayloads.Get(state, "Fix")!, "Sats"));
        Assert.Equal("{\"pos\":{\"lat\":47.5,\"lon\":8.25},\"history\":[1.5,2.5],\"battery\":80,\"fix\":{\"sats\":9,\"hdop\":0.8}}", GeneratedPayloads.Write(state));
    }

    [Theory]
    [InlineData("{\"pos\":null,\"history\":null,\"battery\":1}", "{\"pos\":null,\"history\":null,\"battery\":1}")]
    [InlineData("{\"battery\":1}", "{\"pos\":null,\"history\":null,\"battery\":1}")]
    [InlineData("{\"pos\":{},\"history\":[],\"battery\":1,\"fix\":null}", "{\"pos\":{\"lat\":0,\"lon\":0},\"history\":[],\"battery\":1}")]
    public void Missing_and_null_nested_values_read_as_null(string json, string written)
    {
        using var generated = GeneratedPayloads.For("rover", RoverFirmware);
        Assert.Equal(written, GeneratedPayloads.Write(GeneratedPayloads.Read(generated.Type("Rover+RoverStatePayload"), json)));
    }

    [Fact]
    public void Array_of_objects_reads_each_item_through_the_item_record()
    {
        using var generated = GeneratedPayloads.For("rover", RoverFirmware);
        var json = "{\"name\":\"r1\",\"stops\":[{\"lat\":1,\"lon\":2},{\"lat\":3,\"lon\":4}],\"tags\":[\"a\",null]}";
        var route = GeneratedPayloads.Read(generated.Type("Rover+RoverRoutePayload"), json);
        var stops = (System.Collections.IList)GeneratedPayloads.Get(route, "Stops")!;
        Assert.Equal(2, stops.Count);
        Assert.Equal(3.0, GeneratedPayloads.Get(stops[1]!, "Lat"));
        Assert.Equal(json, GeneratedPayloads.Write(route));
    }

    [Theory]
    [InlineData("{\"pos\":[1,2]}")]
    [InlineData("{\"pos\":{\"lat\":\"north\"}}")]
    [InlineData("{\"history\":{\"a\":1}}")]
    [InlineData("{\"history\":[1,\"x\"]}")]
    [InlineData("{\"history\":[1,2}")]
    public void Nested_values_of_the_wrong_shape_are_payload_errors(string json)
    {
        using var generated = GeneratedPayloads.For("rover", RoverFirmware);
        Assert.Throws<ParticleEventPayloadException>(() => GeneratedPayloads.Read(generated.Type("Rover+RoverStatePayload"), json));
    }

    [Fact]
    public void Null_item_in_an_array_of_objects_is_a_payload_error()
    {
        using var generated = GeneratedPayloads.For("rover", RoverFirmware);
        Assert.Throws<ParticleEventPayloadException>(() => GeneratedPayloads.Read(generated.Type("Rover+RoverRoutePayload"), "{\"stops\":[null]}"));
    }
}
