using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Assembly;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;
using static ParticleContracts.Generators.Tests.Firmware.Handlers.ArgumentGrammarTests;

namespace ParticleContracts.Generators.Tests.Firmware.Handlers;

/// <summary>
/// Return codes named by firmware constants: enumerators of plain enums and enum classes (explicit and implicit values,
/// casts), #defines and const ints, each resolved to its value and naming its generated enum member; with negatives.
/// </summary>
public sealed class ConstantReturnCodeTests
{
    private const string Words = "if (arg == \"on\") ";

    private static string Codes(FunctionArgumentContract contract)
    {
        var names = FunctionArgumentNames.Assign(contract, "HandlerAsync", new HashSet<string>(StringComparer.Ordinal));
        return string.Join(" ", contract.ReturnCodes.Select((code, i) => names.CodeNames[i] + "=" + code.Value));
    }

    [Theory]
    // Plain enum: implicit values from 0, an explicit value restarting the count.
    [InlineData("enum { OK, BUSY, ERR_BAD_ARG = -1 };\nint handler(String arg) { " + Words + "return OK; if (arg == \"x\") return BUSY; return ERR_BAD_ARG; }", "ErrBadArg=-1 Ok=0 Busy=1")]
    [InlineData("enum Status { Idle = 10, Running, Stopped };\nint handler(String arg) { " + Words + "return Running; return Stopped; }", "Running=11 Stopped=12")]
    // enum class, qualified; typed underlying type; casts around the enumerator.
    [InlineData("enum class Result : int { Ok = 0, Busy = -2, Failed };\nint handler(String arg) { " + Words + "return static_cast<int>(Result::Ok); if (arg == \"b\") return (int)Result::Busy; return int(Result::Failed); }", "Busy=-2 Failed=-1 Ok=0")]
    [InlineData("enum class Result { Ok, Rejected };\nint handler(String arg) { " + Words + "return (int) Result::Ok; return static_cast<int32_t>(Result::Rejected); }", "Ok=0 Rejected=1")]
    // The same enumerator name in two enum classes: the qualifier picks the enum.
    [InlineData("enum class Mode { Off, On };\nenum class Result { Failed = -1, On = 7 };\nint handler(String arg) { " + Words + "return (int)Result::On; return (int)Result::Failed; }", "Failed=-1 On=7")]
    // An enum nested in a class, returned through the class name.
    [InlineData("class Vent {\npublic:\n    enum Code { Closed = 2, Open = 3 };\n};\nint handler(String arg) { " + Words + "return Vent::Open; return Vent::Closed; }", "Closed=2 Open=3")]
    // Enumerator values built from macros and earlier enumerators; a typedef'd anonymous enum.
    [InlineData("#define ERR_BASE -100\nenum Err { ErrParse = ERR_BASE, ErrRange, ErrLast = ErrRange + 10 };\nint handler(String arg) { " + Words + "return ErrRange; return ErrLast; }", "ErrRange=-99 ErrLast=-89")]
    [InlineData("typedef enum { kDone = 1, kRetry } Outcome;\nint handler(String arg) { " + Words + "return kDone; return kRetry; }", "Done=1 Retry=2")]
    // #defines and constants, including expressions and hex.
    [InlineData("#define RESULT_OK 0\n#define RESULT_BAD (RESULT_OK - 1)\nint handler(String arg) { " + Words + "return RESULT_OK; return RESULT_BAD; }", "ResultBad=-1 ResultOk=0")]
    [InlineData("const int kApplied = 0x2;\nconstexpr int kRefused = -3;\nint handler(String arg) { " + Words + "return kApplied; return kRefused; }", "Refused=-3 Applied=2")]
    [InlineData("static const int32_t BUSY_CODE = 429;\nint handler(String arg) { " + Words + "return BUSY_CODE; return 0; }", "Value1=0 BusyCode=429")]
    // A constant wins over a literal of the same value; literals keep Value1...
    [InlineData("enum { APPLIED = 1 };\nint handler(String arg) { " + Words + "return 1; if (arg == \"x\") return APPLIED; return -1; }", "Value1=-1 Applied=1")]
    public void Constants_name_and_value_the_codes(string handler, string expected)
    {
        Assert.Equal(expected, Codes(Infer(handler)));
    }

    [Theory]
    // An enumerator after one whose value the reader cannot evaluate: unknown, so the codes stay int.
    [InlineData("enum Code { A = sizeof(long), B };\nint handler(String arg) { " + Words + "return B; return 0; }")]
    // A constant the project does not define (Device OS or a library header).
    [InlineData("int handler(String arg) { " + Words + "return SYSTEM_ERROR_NONE; return -1; }")]
    [InlineData("int handler(String arg) { " + Words + "return Result::Ok; return -1; }")]
    // Not integer constants: a float, a string, a function-like macro, a non-const global.
    [InlineData("const float kHalf = 0.5;\nint handler(String arg) { " + Words + "return kHalf; return -1; }")]
    [InlineData("#define MSG \"ok\"\nint handler(String arg) { " + Words + "return MSG; return -1; }")]
    [InlineData("#define CODE(x) (x)\nint handler(String arg) { " + Words + "return CODE; return -1; }")]
    [InlineData("int lastCode = 3;\nint handler(String arg) { " + Words + "return lastCode; return -1; }")]
    // A cast to a non-integer type, a computed value around a constant, a ternary of constants.
    [InlineData("enum class R { Ok };\nint handler(String arg) { " + Words + "return static_cast<float>(R::Ok); return -1; }")]
    [InlineData("enum class R { Ok, Bad };\nint handler(String arg) { " + Words + "return (int)R::Ok + 1; return -1; }")]
    [InlineData("#define OK 0\n#define BAD -1\nint handler(String arg) { return arg == \"on\" ? OK : BAD; }")]
    public void Unknown_or_computed_constants_keep_int(string handler)
    {
        Assert.Empty(Infer(handler).ReturnCodes);
    }

    [Fact]
    public void Enumerators_in_another_file_of_the_project()
    {
        var contract = Contract(
            "#include \"codes.h\"\nint handler(String arg) {\n    if (arg == \"on\") return (int)Code::Applied;\n    return (int)Code::Refused;\n}\nvoid setup() {\n    Particle.function(\"f\", handler);\n}\n",
            ("proj/src/codes.h", "#pragma once\nenum class Code : int8_t {\n    Refused = -1,\n    Applied,\n};\n"));
        var function = Assert.Single(contract.FunctionArguments);
        Assert.Equal("Refused=-1 Applied=0", Codes(function));
        Assert.Equal(new[] { "Code::Refused", "Code::Applied" }, function.ReturnCodes.Select(code => code.Constant).ToArray());
        Assert.Equal(new[] { 4, 3 }, function.ReturnCodes.Select(code => code.Line).ToArray());
    }

    [Fact]
    public void Enum_bodies_under_a_false_condition_are_not_read()
    {
        var handler = "enum class R {\n#if 0\n    Skipped,\n#endif\n    Ok,\n    Bad\n};\nint handler(String arg) { " + Words + "return (int)R::Ok; return (int)R::Bad; }";
        Assert.Equal("Ok=0 Bad=1", Codes(Infer(handler)));
    }

    [Theory]
    [InlineData("Result::Ok", "Ok")]
    [InlineData("Vent::Code::Closed", "Closed")]
    [InlineData("ERR_BAD_ARG", "ErrBadArg")]
    [InlineData("kRetry", "Retry")]
    public void Qualified_constants_are_named_by_their_last_part(string constant, string expected)
    {
        Assert.Equal(expected, FunctionArgumentNames.ConstantName(constant));
    }
}
