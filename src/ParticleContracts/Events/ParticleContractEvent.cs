namespace ParticleContracts;

/// <summary>Whether the firmware publishes an event or subscribes to it.</summary>
public enum ParticleEventDirection
{
    /// <summary><c>Particle.publish</c>: the device sends it.</summary>
    Published,

    /// <summary><c>Particle.subscribe</c>: the device receives every event whose name starts with the prefix.</summary>
    Subscribed,
}

/// <summary>One event of a device contract, as found in the firmware sources. Events are not in the device's describe, so <c>VerifyAsync</c> does not check them.</summary>
/// <param name="Name">The event name (published) or prefix (subscribed); for a name with a run-time part, its C++ expression.</param>
/// <param name="Direction">Published or subscribed.</param>
/// <param name="Payload">The payload shape: <c>none</c>, <c>string</c>, <c>bytes</c>, a scalar type (<c>double</c>), or the JSON fields (<c>{t:double,h:int32}</c>).</param>
/// <param name="IsConstantName">False when the name has a run-time part.</param>
/// <param name="File">The firmware file of the call, relative to the firmware project.</param>
/// <param name="Line">The 1-based line of the call.</param>
public sealed record ParticleContractEvent(string Name, ParticleEventDirection Direction, string Payload, bool IsConstantName, string File, int Line);
