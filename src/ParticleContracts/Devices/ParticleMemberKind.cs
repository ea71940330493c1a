namespace ParticleContracts;

/// <summary>What a member of a device contract exposes to the Particle Cloud.</summary>
public enum ParticleMemberKind
{
    /// <summary>A cloud variable (<c>Particle.variable</c>), read with <c>GET /v1/devices/:id/:name</c>.</summary>
    Variable,

    /// <summary>A cloud function (<c>Particle.function</c>), called with <c>POST /v1/devices/:id/:name</c>.</summary>
    Function,

    /// <summary>A ledger (<c>Particle.ledger</c>), whose definition the cloud keeps at <c>/v1/ledgers/:name</c>.</summary>
    Ledger,
}
