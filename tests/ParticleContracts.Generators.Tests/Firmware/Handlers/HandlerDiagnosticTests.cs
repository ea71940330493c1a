using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Firmware.Handlers;

/// <summary>PCT1050–PCT1053: what the handler reader reports about a handler body, with negatives.</summary>
public sealed class HandlerDiagnosticTests
{
    private static string[] IdsOf(string handler, string registration = "Particle.function(\"f\", handler);") =>
        Ids(Contract(InSetup(handler, registration))).ToArray();

    [Theory]
    [InlineData("int handler(String arg) { if (arg.startsWith(\"x\")) return 1; return 0; }", "PCT1050")]
    [InlineData("int handler(String arg) { Serial.println(arg); return 0; }", "PCT1050")]
    [InlineData("int handler(String arg) { if (arg == \"on\") return 1; digitalWrite(D7, HIGH); }", "PCT1051")]
    [InlineData("int handler(String arg) { digitalWrite(D7, HIGH); }", "PCT1051")]
    [InlineData("int handler(String arg) { analogWrite(D0, arg.toInt()); return 0; }", "PCT1052")]
    [InlineData("int handler(String arg) { int v = atoi(arg.c_str()); level = v; return 0; }", "PCT1052")]
    [InlineData("int handler(String arg) { if (arg == \"on\") return 1; else if (arg == \"on\") return 2; return -1; }", "PCT1053")]
    [InlineData("int handler(String arg) { if (arg.equalsIgnoreCase(\"on\")) return 1; else if (arg.equals(\"ON\")) return 2; return -1; }", "PCT1053")]
    public void Each_rule_fires_on_its_form(string handler, string id)
    {
        Assert.Equal(new[] { id }, IdsOf(handler));
    }

    [Theory]
    // Typed handlers, and a string handler marked on purpose.
    [InlineData("int handler(String arg) { if (arg == \"on\") return 1; return -1; }")]
    [InlineData("// @particle-arg string\nint handler(String arg) { Serial.println(arg); return 0; }")]
    // Every path returns (if/else, switch, a last return after a block).
    [InlineData("int handler(String arg) { if (arg == \"on\") { return 1; } else { return 0; } }")]
    [InlineData("int handler(String arg) { switch (arg.charAt(0)) { case 'a': return 1; default: return 0; } }")]
    [InlineData("int handler(String arg) { if (arg == \"on\") { digitalWrite(D7, HIGH); } return 1; }")]
    [InlineData("int handler(String arg) { if (arg == \"a\") return 1; else return 0; }")]
    // A checked parse: compared where it is, through a variable, or clamped.
    [InlineData("int handler(String arg) { int v = arg.toInt(); if (v < 0 || v > 255) return -1; return 0; }")]
    [InlineData("int handler(String arg) { if (arg.toInt() <= 0) return -1; return 0; }")]
    [InlineData("int handler(String arg) { int v = constrain(arg.toInt(), 0, 255); return v; }")]
    [InlineData("int handler(String arg) { return arg.toInt(); }")]
    // The same word in two separate ifs (both reachable), and different words in a chain.
    [InlineData("int handler(String arg) { if (arg == \"on\") x = 1; if (arg == \"on\") y = 1; return 0; }")]
    [InlineData("int handler(String arg) { if (arg == \"on\") return 1; else if (arg == \"off\") return 0; return -1; }")]
    public void Negatives_report_nothing(string handler)
    {
        Assert.Empty(IdsOf(handler));
    }

    [Fact]
    public void A_handler_whose_body_is_not_in_the_project_reports_nothing_new()
    {
        Assert.Empty(IdsOf("int handler(String arg);"));
    }
}
