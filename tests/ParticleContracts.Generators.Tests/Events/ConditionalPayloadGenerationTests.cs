using System.Text.Json;
using ParticleContracts.Generators.Tests.Generation;

namespace ParticleContracts.Generators.Tests.Events;

/// <summary>Conditional payload fields in generated records: nullable properties, tolerated missing keys, nulls left out when written.</summary>
public sealed class ConditionalPayloadGenerationTests
{
    internal const string TrackerFirmware = """
        #include "Particle.h"
        double temperature;
        double lat;
        int satellites;
        long long uptime;
        bool fix;
        String label;
        bool hasGps;
        void loop() {
            Variant data;
            data.set("t", temperature);
            if (hasGps) {
                data.set("lat", lat);
                data.set("sats", satellites);
                data.set("fix", fix);
                data.set("up", uptime);
            }
            data.set("label", hasGps ? Variant(label) : Variant());
        #ifdef WITH_EXTRA
            data.set("extra", Variant());
        #endif
            Particle.publish("tracker/fix", data);
        }
        """;

    [Fact]
    public void Events_file_with_conditional_fields_matches_the_snapshot()
    {
        using var generated = GeneratedPayloads.For("tracker", TrackerFirmware);
        Snapshot.Verify("Events.Tracker", generated.EventsSource);
        Assert.Contains("\"{t:double,lat:double?,sats:int32?,fix:bool?,up:int64?,label:string?,extra:json?}\"", generated.EventsSource, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"t\":20.5}", "t=20.5 lat= sats= fix= up= label= extra=")]
    [InlineData("{\"t\":20.5,\"lat\":47.25,\"sats\":7,\"fix\":true,\"up\":5000000000,\"label\":\"roof\",\"extra\":[1]}", "t=20.5 lat=47.25 sats=7 fix=True up=5000000000 label=roof extra=[1]")]
    [InlineData("{\"t\":20.5,\"lat\":null,\"sats\":null,\"fix\":null,\"up\":null,\"label\":null,\"extra\":null}", "t=20.5 lat= sats= fix= up= label= extra=")]
    [InlineData("{\"lat\":1}", "t=0 lat=1 sats= fix= up= label= extra=")]
    public void Conditional_fields_read_missing_or_null_keys_as_null(string json, string expected)
    {
        using var generated = GeneratedPayloads.For("tracker", TrackerFirmware);
        var payload = GeneratedPayloads.Read(generated.Type("Tracker+TrackerFixPayload"), json);
        var names = new[] { "T", "Lat", "Sats", "Fix", "Up", "Label", "Extra" };
        var actual = string.Join(" ", names.Select(name => name.ToLowerInvariant() + "=" + Format(GeneratedPayloads.Get(payload, name))));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("{\"t\":\"warm\"}")]
    [InlineData("{\"t\":1,\"lat\":\"north\"}")]
    [InlineData("{\"t\":1,\"fix\":1}")]
    [InlineData("{\"t\":1,\"sats\":1.5}")]
    public void Conditional_fields_of_the_wrong_type_are_payload_errors(string json)
    {
        using var generated = GeneratedPayloads.For("tracker", TrackerFirmware);
        Assert.Throws<ParticleEventPayloadException>(() => GeneratedPayloads.Read(generated.Type("Tracker+TrackerFixPayload"), json));
    }

    [Theory]
    [InlineData("{\"t\":20.5}", "{\"t\":20.5}")]
    [InlineData("{\"t\":1,\"lat\":null,\"label\":null}", "{\"t\":1}")]
    [InlineData("{\"t\":1,\"lat\":2.5,\"sats\":3,\"fix\":false,\"up\":4,\"label\":\"x\",\"extra\":{\"a\":1}}", "{\"t\":1,\"lat\":2.5,\"sats\":3,\"fix\":false,\"up\":4,\"label\":\"x\",\"extra\":{\"a\":1}}")]
    public void Conditional_fields_round_trip_and_nulls_are_left_out(string json, string written)
    {
        using var generated = GeneratedPayloads.For("tracker", TrackerFirmware);
        var type = generated.Type("Tracker+TrackerFixPayload");
        var payload = GeneratedPayloads.Read(type, json);
        Assert.Equal(written, GeneratedPayloads.Write(payload));
        Assert.Equal(written, GeneratedPayloads.Write(GeneratedPayloads.Read(type, written)));
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        JsonElement element => element.GetRawText(),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
