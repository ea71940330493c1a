using ParticleContracts.Generators.Contracts;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Firmware;

/// <summary>
/// PCT1066: a ledger write of constant data over Device OS's 16,384-byte limit, measured as Device OS stores it (CBOR).
/// Each case sits one byte either side of the limit.
/// </summary>
public sealed class LedgerSizeTests
{
    private const string Globals = "Ledger status = Particle.ledger(\"station-status\");";

    private static string Text(int length) => "\"" + new string('x', length) + "\"";

    private static FirmwareDiagnostic? SizeDiagnostic(string statements) =>
        Contract(InSetup(Globals, statements)).Diagnostics.SingleOrDefault(d => d.Id == "PCT1066");

    // map(1) + "log" (1 + 3) + text head (3) + N = N + 8
    [Theory]
    [InlineData(16376, false)]
    [InlineData(16377, true)]
    public void An_initializer_is_measured(int length, bool tooLarge)
    {
        var code = InSetup(Globals, $"status.set(LedgerData{{{{\"log\", {Text(length)}}}}}, Ledger::REPLACE);");
        var diagnostic = Contract(code).Diagnostics.SingleOrDefault(d => d.Id == "PCT1066");

        Assert.Equal(tooLarge, diagnostic is not null);
        if (diagnostic is not null)
        {
            Assert.Equal("Ledger \"station-status\" is written with 16385 bytes of constant data (as Device OS stores it, in CBOR); a ledger holds at most 16,384 bytes, so set() fails. Write less, or split the data over two ledgers.", diagnostic.Message);
            Assert.Equal("set", code.Substring(diagnostic.Location.Start, diagnostic.Location.Length));
        }
    }

    // map(2) + "a" (2) + text (3 + N) + "n" (2) + 1 (1) = N + 9
    [Theory]
    [InlineData(16375, false)]
    [InlineData(16376, true)]
    public void A_set_chain_on_a_data_variable_is_measured(int length, bool tooLarge) =>
        Assert.Equal(tooLarge, SizeDiagnostic($"LedgerData d;\nd.set(\"a\", {Text(length)});\nd.set(\"n\", 1);\nstatus.set(d);") is not null);

    // map(2) + "log" (4) + text (3 + N) + "v" (2) + number: 1.5 is an exact float (5), 0.1 is not (9)
    [Theory]
    [InlineData("1.5", false)]
    [InlineData("0.1", true)]
    public void Numbers_take_their_smallest_exact_width(string number, bool tooLarge) =>
        Assert.Equal(tooLarge, SizeDiagnostic($"status.set(LedgerData{{{{\"log\", {Text(16366)}}}, {{\"v\", {number}}}}});") is not null);

    [Fact]
    public void Nested_maps_and_a_declared_initializer_count()
    {
        // map(1) + "m" (2) + map(1) + "log" (4) + text (3 + N) = N + 11; then d.set adds "b" (2) + true (1) and map(2) stays 1 byte.
        Assert.Null(SizeDiagnostic($"LedgerData d = {{{{\"m\", LedgerData{{{{\"log\", {Text(16373)}}}}}}}}};\nstatus.set(d);"));
        Assert.NotNull(SizeDiagnostic($"LedgerData d = {{{{\"m\", LedgerData{{{{\"log\", {Text(16374)}}}}}}}}};\nstatus.set(d);"));
        Assert.NotNull(SizeDiagnostic($"LedgerData d = {{{{\"m\", LedgerData{{{{\"log\", {Text(16371)}}}}}}}}};\nd.set(\"b\", true);\nstatus.set(d);"));
    }

    [Theory]
    [InlineData("String big;\nstatus.set(LedgerData{{\"log\", big}, {\"pad\", TEXT}});")]
    [InlineData("LedgerData d;\nd.set(\"log\", TEXT);\nd.set(\"log\", \"short\");\nstatus.set(d);")]
    [InlineData("int n = analogRead(A0);\nLedgerData d;\nd.set(\"log\", TEXT);\nd.set(\"n\", n);\nstatus.set(d);")]
    [InlineData("LedgerData d = status.get();\nd.set(\"log\", TEXT);\nstatus.set(d);")]
    public void Run_time_values_and_replaced_keys_are_not_reported(string statements) =>
        Assert.Null(SizeDiagnostic(statements.Replace("TEXT", Text(20000), StringComparison.Ordinal)));

    // Each write is 10,008 bytes; merged they would pass the limit, but nothing proves both run on one device, so the
    // union is an upper bound, not the size Device OS would see (docs/diagnostics/PCT1066.md).
    [Theory]
    [InlineData("status.set(LedgerData{{\"a\", HALF}}, Ledger::MERGE);\nstatus.set(LedgerData{{\"b\", HALF}}, Ledger::MERGE);")]
    [InlineData("status.set(LedgerData{{\"a\", HALF}}, Ledger::MERGE);\nLedgerData d;\nd.set(\"b\", HALF);\nstatus.set(d, Ledger::MERGE);")]
    public void Merge_writes_are_measured_one_at_a_time(string statements)
    {
        var code = InSetup(Globals, statements.Replace("HALF", Text(10000), StringComparison.Ordinal));
        var contract = Contract(code);

        Assert.DoesNotContain(contract.Diagnostics, d => d.Id == "PCT1066");
        Assert.Equal("station-status DeviceToCloud merge {a:String, b:String}", LedgerReaderTests.Describe(contract));
    }
}
