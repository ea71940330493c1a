using System.Net;
using ParticleContracts.Tests.Infrastructure;

namespace ParticleContracts.Tests.Ledgers;

/// <summary>VerifyAsync's ledger section against stub replies: request shapes, a 404 as drift, other errors thrown.</summary>
public sealed class LedgerDriftTests
{
    private const string Device = """{"id":"0123456789abcdef01234567","name":"station","connected":true,"variables":{},"functions":[]}""";

    private static readonly ParticleDeviceContract Contract = new("Station", [])
    {
        Ledgers = [new ParticleContractLedger("station-config", ParticleLedgerDirection.Downstream), new ParticleContractLedger("station-status", ParticleLedgerDirection.Upstream)],
    };

    private static StubHttpHandler Handler(Func<string, HttpResponseMessage> ledger) => new(request =>
        request.Uri.AbsolutePath.StartsWith("/v1/ledgers/", StringComparison.Ordinal)
            ? ledger(request.Uri.AbsolutePath["/v1/ledgers/".Length..])
            : StubHttpHandler.Json(HttpStatusCode.OK, Device));

    private static HttpResponseMessage Definition(string name, string direction, string archived = "null") =>
        StubHttpHandler.Json(HttpStatusCode.OK, $$$"""{"ledger_definition":{"name":"{{{name}}}","scope":"Device","direction":"{{{direction}}}","archived_at":{{{archived}}}}}""");

    [Fact]
    public async Task Each_ledger_definition_is_read_and_a_match_is_no_drift()
    {
        var handler = Handler(name => Definition(name, name == "station-config" ? "Downstream" : "Upstream"));
        var result = await ParticleContractVerifier.VerifyAsync(TestClients.Create(handler), "station", Contract);

        Assert.False(result.HasDrift, result.ToString());
        Assert.Equal(
            ["/v1/devices/station", "/v1/ledgers/station-config", "/v1/ledgers/station-status"],
            handler.Requests.Select(r => r.Uri.AbsolutePath).ToArray());
        Assert.All(handler.Requests, r => Assert.Equal(HttpMethod.Get, r.Method));
    }

    [Fact]
    public async Task A_missing_archived_or_reversed_definition_is_drift_not_an_exception()
    {
        var handler = Handler(name => name == "station-config"
            ? StubHttpHandler.Json(HttpStatusCode.NotFound, """{"ok":false,"error":"Ledger not found"}""")
            : Definition(name, "Downstream"));
        var result = await ParticleContractVerifier.VerifyAsync(TestClients.Create(handler), "station", Contract);

        Assert.Equal(
            [
                new ContractDrift(ContractDriftKind.MissingInCloud, ParticleMemberKind.Ledger, "station-config", "Downstream", null),
                new ContractDrift(ContractDriftKind.DirectionMismatch, ParticleMemberKind.Ledger, "station-status", "Upstream", "Downstream"),
            ],
            result.Drifts);
        Assert.Equal("ledger 'station-config' is in the contract but has no definition in the cloud", result.Drifts[0].ToString());
        Assert.Equal("ledger 'station-status': the firmware implies Upstream, the cloud defines Downstream", result.Drifts[1].ToString());

        var archived = await ParticleContractVerifier.VerifyAsync(
            TestClients.Create(Handler(name => Definition(name, name == "station-config" ? "Downstream" : "Upstream", "\"2026-01-01T00:00:00Z\""))), "station", Contract);
        Assert.Equal(2, archived.Drifts.Count);
        Assert.All(archived.Drifts, d => Assert.Equal(ContractDriftKind.MissingInCloud, d.Kind));
    }

    [Fact]
    public async Task A_ledger_of_unknown_direction_only_has_to_exist()
    {
        var contract = new ParticleDeviceContract("Station", []) { Ledgers = [new ParticleContractLedger("station-config", ParticleLedgerDirection.Unknown)] };

        var matched = await ParticleContractVerifier.VerifyAsync(TestClients.Create(Handler(name => Definition(name, "Upstream"))), "station", contract);
        var missing = await ParticleContractVerifier.VerifyAsync(
            TestClients.Create(Handler(_ => StubHttpHandler.Json(HttpStatusCode.NotFound, """{"ok":false,"error":"Ledger not found"}"""))), "station", contract);

        Assert.False(matched.HasDrift);
        Assert.Equal(new ContractDrift(ContractDriftKind.MissingInCloud, ParticleMemberKind.Ledger, "station-config", null, null), Assert.Single(missing.Drifts));
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.BadRequest)]
    public async Task Other_cloud_errors_on_a_definition_throw(HttpStatusCode status)
    {
        var handler = Handler(_ => StubHttpHandler.Json(status, """{"ok":false,"error":"nope"}"""));
        var error = await Assert.ThrowsAnyAsync<ParticleCloudException>(() => ParticleContractVerifier.VerifyAsync(TestClients.Create(handler), "station", Contract));
        Assert.NotEqual(HttpStatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task A_contract_without_ledgers_reads_no_definition()
    {
        var handler = Handler(_ => throw new InvalidOperationException("no ledger request expected"));
        var result = await ParticleContractVerifier.VerifyAsync(TestClients.Create(handler), "station", new ParticleDeviceContract("Station", []));

        Assert.False(result.HasDrift);
        Assert.Single(handler.Requests);
    }
}
