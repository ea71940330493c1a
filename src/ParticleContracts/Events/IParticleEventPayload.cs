using System.Text.Json;

namespace ParticleContracts;

/// <summary>
/// A JSON event payload generated from firmware: reads and writes itself with <see cref="Utf8JsonReader"/> and
/// <see cref="Utf8JsonWriter"/> (no reflection, trimming- and AOT-safe). The generated records keep the firmware's JSON
/// names in <c>[JsonPropertyName]</c>, so <see cref="JsonSerializer"/> with your own options reads them too.
/// </summary>
/// <typeparam name="TSelf">The payload record.</typeparam>
public interface IParticleEventPayload<TSelf>
    where TSelf : IParticleEventPayload<TSelf>
{
    /// <summary>Reads the payload from a JSON object; the reader is on its <see cref="JsonTokenType.StartObject"/>.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The payload; fields the object lacks keep their defaults, fields it has that the firmware does not write are skipped.</returns>
    static abstract TSelf ReadJson(ref Utf8JsonReader reader);

    /// <summary>Writes the payload as a JSON object with the firmware's names.</summary>
    /// <param name="writer">The writer.</param>
    void WriteJson(Utf8JsonWriter writer);
}
