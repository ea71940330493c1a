using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Assembly;
using static ParticleContracts.Generators.Tests.Firmware.Handlers.ArgumentGrammarTests;

namespace ParticleContracts.Generators.Tests.Firmware.Handlers;

/// <summary>Return codes read from handler bodies: literals, #defines, constants, helpers; computed values keep int.</summary>
public sealed class ReturnCodeTests
{
    private static string Codes(FunctionArgumentContract contract)
    {
        var names = FunctionArgumentNames.Assign(contract, "HandlerAsync", new HashSet<string>(StringComparer.Ordinal));
        return string.Join(" ", contract.ReturnCodes.Select((code, i) => names.CodeNames[i] + "=" + code.Value));
    }

    [Theory]
    [InlineData("int handler(String arg) { if (arg == \"on\") return 1; return -1; }", "Value1=-1 Value2=1")]
    [InlineData("#define OK 0\n#define ERR_BAD_ARG (-1)\nint handler(String arg) { if (arg == \"on\") return OK; return ERR_BAD_ARG; }", "ErrBadArg=-1 Ok=0")]
    [InlineData("const int kApplied = 2;\nint handler(String arg) { if (arg == \"on\") return kApplied; return -1; }", "Value1=-1 Applied=2")]
    [InlineData("#define DONE 1\nint handler(String arg) { if (arg == \"on\") return 1; return DONE; }", "Done=1")]
    [InlineData("int handler(String arg) { return true; }", "Value1=1")]
    [InlineData("int handler(String arg) { return 0x10; }", "Value1=16")]
    [InlineData("int apply(String v) { if (v == \"a\") return 1; return -2; }\nint handler(String arg) { return apply(arg); }", "Value1=-2 Value2=1")]
    [InlineData("int handler(String arg) { auto f = [](int x) { return x * 2; }; return 3; }", "Value1=3")]
    public void Known_return_values(string handler, string expected)
    {
        Assert.Equal(expected, Codes(Infer(handler)));
    }

    [Theory]
    [InlineData("int handler(String arg) { return arg.toInt(); }")]
    [InlineData("int handler(String arg) { int v = arg.toInt(); if (v < 0) return -1; return v * 2; }")]
    [InlineData("int handler(String arg) { return UNKNOWN_CONSTANT; }")]
    [InlineData("int handler(String arg) { digitalWrite(D7, HIGH); }")]
    public void Computed_or_unknown_values_keep_int(string handler)
    {
        Assert.Empty(Infer(handler).ReturnCodes);
    }

    [Theory]
    [InlineData("ERR_BAD_ARG", "ErrBadArg")]
    [InlineData("kSuccess", "Success")]
    [InlineData("resultOk", "ResultOk")]
    [InlineData("Status::Ready", "Ready")]
    [InlineData("_2FAST", "_2fast")]
    public void Constant_member_names(string constant, string expected)
    {
        Assert.Equal(expected, FunctionArgumentNames.ConstantName(constant));
    }
}
