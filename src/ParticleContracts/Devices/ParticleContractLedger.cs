namespace ParticleContracts;

/// <summary>One ledger of a device contract, with the direction the firmware implies.</summary>
/// <param name="Name">The ledger name, exactly as the firmware passes it to <c>Particle.ledger</c>.</param>
/// <param name="Direction">
/// <see cref="ParticleLedgerDirection.Downstream"/> when the firmware reads the ledger, <see cref="ParticleLedgerDirection.Upstream"/>
/// when it only writes it, <see cref="ParticleLedgerDirection.Unknown"/> when it does neither.
/// </param>
public sealed record ParticleContractLedger(string Name, ParticleLedgerDirection Direction);
