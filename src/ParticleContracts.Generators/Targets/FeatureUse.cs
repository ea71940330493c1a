using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Targets;

/// <summary>A Device OS API whose availability depends on the target.</summary>
internal enum CloudFeature
{
    /// <summary><c>Particle.publish(name, Variant/EventData, ...)</c> or a content-type publish (6.2.0+).</summary>
    TypedPublish,

    /// <summary><c>CloudEvent</c> (6.3.0+).</summary>
    CloudEvent,

    /// <summary><c>Particle.ledger(...)</c> (6.1.0+, Gen 3 and newer).</summary>
    Ledger,

    /// <summary><c>System.getEnv</c> / <c>hasEnv</c> / <c>listEnv</c> (6.4.0+).</summary>
    EnvironmentVariables,

    /// <summary><c>PRODUCT_ID(x)</c>, which stopped compiling in 4.0.0.</summary>
    ProductIdMacro,

    /// <summary>A scope argument (<c>MY_DEVICES</c>, <c>ALL_DEVICES</c>, a device ID) to <c>Particle.subscribe</c>, ignored from 6.0.0.</summary>
    SubscribeScope,
}

/// <summary>One place the firmware uses a <see cref="CloudFeature"/>, as the reader's scanning stage reports it.</summary>
/// <param name="Feature">The feature.</param>
/// <param name="Text">The call as written, shortened for messages (e.g. <c>Particle.ledger</c>).</param>
/// <param name="Location">Where the use starts.</param>
internal sealed record FeatureUse(CloudFeature Feature, string Text, FirmwareLocation Location);
