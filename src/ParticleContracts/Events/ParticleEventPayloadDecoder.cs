namespace ParticleContracts;

/// <summary>Decodes an event's data text into a payload; throws <see cref="ParticleEventPayloadException"/> (or any exception) when it does not match.</summary>
/// <typeparam name="T">The payload type.</typeparam>
/// <param name="eventName">The event name, for messages.</param>
/// <param name="data">The event's data, or null when it had none.</param>
/// <returns>The payload.</returns>
public delegate T ParticleEventPayloadDecoder<T>(string eventName, string? data);
