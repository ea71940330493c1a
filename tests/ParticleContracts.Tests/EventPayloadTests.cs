using System.Text.Json;

namespace ParticleContracts.Tests;

/// <summary>JSON event payloads decode the same from short data (stack buffer) and long data (pooled buffer).</summary>
public sealed class EventPayloadTests
{
    public static TheoryData<string> Notes => new()
    {
        "",
        "plain",
        "caf\u00e9 \u2603 \U0001F327",
        new string('x', 170),
        new string('\u00e9', 200),
        string.Concat(Enumerable.Repeat("r\u00e9\U0001F327 \\\" ", 150)),
    };

    [Theory]
    [MemberData(nameof(Notes))]
    public void A_json_payload_is_read_whatever_its_length_and_characters(string note)
    {
        var data = JsonSerializer.Serialize(new { level = 7, note });

        var payload = ParticleEventPayloads.Json<Reading>("weather/reading", data);

        Assert.Equal(7, payload.Level);
        Assert.Equal(note, payload.Note);
    }

    [Theory]
    [InlineData("""[1]""", "not a JSON object")]
    [InlineData("""{"level":1} {}""", "after a single JSON value")]
    [InlineData("""{"level":"high"}""", "expected a Number")]
    [InlineData("""{"level":1,"note":""", "")]
    public void Data_that_is_not_the_payload_object_is_a_payload_error(string data, string reason)
    {
        var padded = data.Length > 2 && data[0] == '{' ? "{\"pad\":\"" + new string('p', 600) + "\"," + data[1..] : data;
        foreach (var text in new[] { data, padded })
        {
            var item = ParticleEventStreams.Decode(new ParticleEvent { Name = "weather/reading", Data = text }, ParticleEventPayloads.Json<Reading>);

            Assert.Null(item.Data);
            Assert.Equal(text, item.RawData);
            var error = Assert.IsType<ParticleEventPayloadException>(item.PayloadError);
            Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        }
    }

    private sealed record Reading : IParticleEventPayload<Reading>
    {
        public int Level { get; init; }

        public string? Note { get; init; }

        public static Reading ReadJson(ref Utf8JsonReader reader)
        {
            var level = 0;
            string? note = null;
            while (ParticleEventJson.NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("level"))
                {
                    level = ParticleEventJson.ReadInt32(ref reader);
                }
                else if (reader.ValueTextEquals("note"))
                {
                    note = ParticleEventJson.ReadString(ref reader);
                }
                else
                {
                    ParticleEventJson.Skip(ref reader);
                }
            }

            return new Reading { Level = level, Note = note };
        }

        public void WriteJson(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteNumber("level", Level);
            writer.WriteString("note", Note);
            writer.WriteEndObject();
        }
    }
}
