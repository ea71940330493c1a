using ParticleContracts.Simulator.Tests.Client;

namespace ParticleContracts.Simulator.Tests.Ledgers;

/// <summary>VerifyAsync's ledger section against the simulator's ledger definitions.</summary>
public sealed class LedgerDriftEndToEndTests : IAsyncLifetime
{
    private static readonly ParticleDeviceContract Contract = new("Lamp", [])
    {
        Ledgers = [new ParticleContractLedger("lamp-config", ParticleLedgerDirection.Downstream), new ParticleContractLedger("lamp-status", ParticleLedgerDirection.Upstream)],
    };

    private ParticleCloudSimulator _sim = null!;
    private ParticleCloudClient _client = null!;

    public async Task InitializeAsync()
    {
        _sim = await ParticleCloudSimulator.StartAsync();
        _client = ClientFactory.Create(_sim);
        _sim.AddDevice("lamp");
    }

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task Definitions_with_the_firmware_directions_are_no_drift()
    {
        await CreateAsync("lamp-config", ParticleLedgerDirection.Downstream);
        await CreateAsync("lamp-status", ParticleLedgerDirection.Upstream);

        var result = await ParticleContractVerifier.VerifyAsync(_client, "lamp", Contract);

        Assert.False(result.HasDrift, result.ToString());
    }

    [Fact]
    public async Task An_absent_definition_and_a_reversed_one_are_reported()
    {
        await CreateAsync("lamp-status", ParticleLedgerDirection.Downstream);

        var result = await ParticleContractVerifier.VerifyAsync(_client, "lamp", Contract);

        Assert.Equal(
            [
                new ContractDrift(ContractDriftKind.MissingInCloud, ParticleMemberKind.Ledger, "lamp-config", "Downstream", null),
                new ContractDrift(ContractDriftKind.DirectionMismatch, ParticleMemberKind.Ledger, "lamp-status", "Upstream", "Downstream"),
            ],
            result.Drifts);
    }

    [Fact]
    public async Task An_archived_definition_is_missing()
    {
        await CreateAsync("lamp-config", ParticleLedgerDirection.Downstream);
        await CreateAsync("lamp-status", ParticleLedgerDirection.Upstream);
        await _client.ArchiveLedgerAsync("lamp-config");

        var result = await ParticleContractVerifier.VerifyAsync(_client, "lamp", Contract);

        Assert.Equal(new ContractDrift(ContractDriftKind.MissingInCloud, ParticleMemberKind.Ledger, "lamp-config", "Downstream", null), Assert.Single(result.Drifts));
    }

    private Task<ParticleLedgerDefinition> CreateAsync(string name, ParticleLedgerDirection direction) =>
        _client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = name, Scope = ParticleLedgerScope.Device, Direction = direction });
}
