using static ParticleContracts.Generators.Tests.Firmware.Handlers.ArgumentGrammarTests;

namespace ParticleContracts.Generators.Tests.Firmware.Handlers;

/// <summary>
/// Each argument pattern once more, read from the argument (positive) and from something else (negative: a different
/// variable, a copy of another string, a constant): only the argument's own parse or comparison types it.
/// </summary>
public sealed class ArgumentPatternNegativeTests
{
    private const string Other = "String other;\nchar buffer[32];\n";

    [Theory]
    // switch on the first character: charAt(0), [0], and a char read from it.
    [InlineData("int handler(String arg) { switch (arg[0]) { case 'r': return 1; case 'g': return 2; default: return -1; } }", "words:r|g")]
    [InlineData("int handler(String cmd) { switch (cmd.charAt(0)) { case 'a': case 'b': return 1; } return -1; }", "words:a|b")]
    // equalsIgnoreCase keeps each word's case; one case-sensitive comparison makes the set case-sensitive.
    [InlineData("int handler(String arg) { if (arg.equalsIgnoreCase(\"Auto\")) return 1; if (arg.equalsIgnoreCase(\"MANUAL\")) return 2; return -1; }", "words-i:Auto|MANUAL")]
    // strtok over a copy of the argument, comma and other separators.
    [InlineData("int handler(String arg) { char buf[32]; strcpy(buf, arg.c_str()); int a = atoi(strtok(buf, \";\")); int b = atoi(strtok(NULL, \";\")); return 0; }", "fields(;):integer a|integer b")]
    // sscanf with three integer fields, straight from c_str().
    [InlineData("int handler(String arg) { int h, m, s; if (sscanf(arg.c_str(), \"%d:%d:%d\", &h, &m, &s) != 3) return -1; return 0; }", "fields(:):integer h|integer m|integer s")]
    public void Argument_forms(string handler, string expected)
    {
        Assert.Equal(expected, Describe(Infer(Other + handler).Grammar));
    }

    [Theory]
    // The same forms on something other than the argument: the argument stays a string, with a reason.
    [InlineData("int handler(String arg) { switch (other.charAt(0)) { case 'a': return 1; } Serial.println(arg); return 0; }")]
    [InlineData("int handler(String arg) { switch (other[0]) { case 'a': return 1; } Serial.println(arg); return 0; }")]
    [InlineData("int handler(String arg) { if (other.equalsIgnoreCase(\"on\")) return 1; Serial.println(arg); return 0; }")]
    [InlineData("int handler(String arg) { if (strcmp(buffer, \"on\") == 0) return 1; Serial.println(arg); return 0; }")]
    [InlineData("int handler(String arg) { strcpy(buffer, other.c_str()); int a = atoi(strtok(buffer, \",\")); int b = atoi(strtok(NULL, \",\")); Serial.println(arg); return 0; }")]
    [InlineData("int handler(String arg) { int h, m; sscanf(other.c_str(), \"%d:%d\", &h, &m); Serial.println(arg); return 0; }")]
    [InlineData("int handler(String arg) { int comma = other.indexOf(','); int a = other.substring(0, comma).toInt(); Serial.println(arg); return a; }")]
    [InlineData("int handler(String arg) { double d = atof(other.c_str()); Serial.println(arg); return 0; }")]
    [InlineData("int handler(String arg) { Variant v = Variant::fromJSON(other.c_str()); int n = v.get(\"n\").toInt(); Serial.println(arg); return 0; }")]
    public void The_same_forms_on_something_else_leave_a_string(string handler)
    {
        var contract = Infer(Other + handler);
        Assert.Equal("text", Describe(contract.Grammar));
        Assert.False(string.IsNullOrEmpty(contract.Grammar.Reason));
    }
}
