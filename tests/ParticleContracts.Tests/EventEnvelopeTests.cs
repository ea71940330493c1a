using System.Text;
using System.Text.Json;
using ParticleContracts.Events;
using ParticleContracts.Serialization;

namespace ParticleContracts.Tests;

/// <summary>The event envelope fast path reads exactly what the serializer's wire model reads, or steps aside.</summary>
public sealed class EventEnvelopeTests
{
    public static TheoryData<string> Payloads => new()
    {
        """{"data":"23.4","ttl":60,"published_at":"2024-05-13T10:55:02.520Z","coreid":"e00fce68","userid":"u","version":0,"public":false,"productID":30301}""",
        """{"data":null,"ttl":"60","published_at":"2024-05-13T10:55:02+02:00","coreid":"api"}""",
        """{"data":"a\"b\\u00e9","ttl":1,"ttl":2,"coreid":null,"public":true,"productID":null,"extra":{"x":[1,2]}}""",
        """{}""",
        """{"ttl":"6x"}""",
        """{"ttl":60.5}""",
        """{"published_at":"yesterday"}""",
        """{"data":5}""",
        """{"version":"0"}""",
        """{"userid":1}""",
        """{"public":"true"}""",
        """{"data":"x"} trailing""",
        """[1]""",
        """null""",
        """{"data":"x\u0000"}""",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void The_fast_path_agrees_with_the_serializer_whenever_it_reads_an_envelope(string payload)
    {
        var utf8 = Encoding.UTF8.GetBytes(payload);
        EventDataWire? wire;
        try
        {
            wire = JsonSerializer.Deserialize(utf8, ParticleJsonContext.Default.EventDataWire);
        }
        catch (JsonException)
        {
            wire = null;
        }

        var read = EventEnvelopeReader.TryRead("temp", utf8, out var fast);

        if (wire is null)
        {
            Assert.False(read);
            return;
        }

        Assert.True(read, "the serializer read an envelope the fast path refused");
        Assert.Equal(
            (wire.Data, wire.Ttl, wire.PublishedAt, wire.CoreId, wire.Public, wire.ProductId),
            (fast!.Data, fast.Ttl, fast.PublishedAt, fast.DeviceId, fast.Public, fast.ProductId));
        Assert.Equal("temp", fast.Name);
    }
}
