using CsCheck;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Generators.Tests.Firmware;

/// <summary>
/// Fuzzing: thousands of random and mutated firmware texts. The reader must never throw (nor fall back to its
/// internal-error diagnostic), and must give identical output for identical input.
/// </summary>
public sealed class FirmwareReaderPropertyTests
{
    private static readonly string[] Vocabulary =
    {
        "Particle", "Spark", ".", "variable", "function", "(", ")", "\"", "'", "\"name\"", ",", ";", "{", "}", "[", "]",
        "<", ">", "->", "::", "&", "*", "=", "/*", "*/", "//", "\n", "\r\n", " ", "\t", "\\", "\\\n", "#", "#if", "#ifdef",
        "#ifndef", "#elif", "#else", "#endif", "#define", "#undef", "0", "1", "X", "defined", "R\"(", ")\"", "R\"d(", ")d\"",
        "u8\"", "int", "double", "bool", "String", "char", "float", "uint8_t", "auto", "const", "static", "extern",
        "typedef", "using", "class", "struct", "enum", "namespace", "template", "typename", "return", "this", "[]",
        "[&]", "nullptr", "INT", "STRING", "DOUBLE", "BOOLEAN", "setup", "loop", "void", "std::function", "static_cast",
        "x", "buf", "64", "1.5", "0x1F", "?", ":", "!", "&&", "||", "==", "+", "-", "%", "é", "\u2028", "\0",
    };

    private static readonly string[] Seeds =
    {
        FirmwareSamples.WeatherStation,
        FirmwareSamples.Legacy,
        FirmwareSamples.Forms,
    };

    private static readonly Gen<string> TokenSoup =
        Gen.Int[0, Vocabulary.Length - 1].Array[0, 160].Select(indexes => string.Join(string.Empty, indexes.Select(i => Vocabulary[i])));

    private static readonly Gen<(int Position, int Kind, int Length, int Token)> Mutation =
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[0, 3], Gen.Int[0, 12], Gen.Int[0, Vocabulary.Length - 1]);

    private static readonly Gen<string> MutatedSample =
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Mutation.Array[1, 12], (seed, mutations) => TextMutations.Apply(Seeds[seed], Vocabulary, mutations));

    private static void AssertTotalAndDeterministic(string text)
    {
        var source = new FirmwareSource("fuzz/src/main.cpp", text);
        var header = new FirmwareSource("fuzz/src/main.h", text.Length > 40 ? text.Substring(text.Length / 2) : text);
        var first = FirmwareFileParser.Parse(source);
        var second = FirmwareFileParser.Parse(source with { Text = new string(text.AsSpan()) });
        Assert.Equal(first, second);
        Assert.DoesNotContain(first.Diagnostics, d => d.Id == DiagnosticIds.ReaderInternalError);

        var contracts = FirmwareReader.Read(new[] { source, header });
        var again = FirmwareReader.Read(new[] { header, source });
        Assert.Equal(contracts.Length, again.Length);
        for (var i = 0; i < contracts.Length; i++)
        {
            Assert.Equal(contracts[i], again[i]);
            foreach (var registration in contracts[i].Registrations)
            {
                Assert.InRange(registration.Location.Line, 1, text.Length + 1);
                Assert.NotNull(registration.NameExpression);
            }
        }
    }

    [Fact]
    public void Random_token_soup() => TokenSoup.Sample(AssertTotalAndDeterministic, iter: 2000);

    [Fact]
    public void Mutated_firmware() => MutatedSample.Sample(AssertTotalAndDeterministic, iter: 1500);

    [Fact]
    public void Arbitrary_strings() => Gen.String[0, 300].Sample(AssertTotalAndDeterministic, iter: 1000);

    private static readonly string[] DepthOpeners = { "(", "[", "{", "<", "!", "-", "~", "1 ? ", "#if X\n", "Particle.variable(\"n\", ", "f<", "[](){ return " };

    private static readonly Gen<(int Opener, int Depth, int Closed)> DeepNesting =
        Gen.Select(Gen.Int[0, DepthOpeners.Length - 1], Gen.Int[1_000, 60_000], Gen.Int[0, 2]);

    /// <summary>
    /// Adversarial depth: one opener repeated thousands of times, in an <c>#if</c>, in a registration or alone, closed or
    /// not, read on a 256 KB stack (a regression fails here instead of killing the test host).
    /// </summary>
    [Fact]
    public void Deep_nesting_on_a_small_stack() => DeepNesting.Sample(
        sample =>
        {
            var opener = DepthOpeners[sample.Opener];
            var body = string.Concat(Enumerable.Repeat(opener, sample.Depth)) + "1";
            var text = sample.Closed switch
            {
                0 => "#if " + body.Replace("\n", " ", StringComparison.Ordinal) + "\n#endif\n",
                1 => "int x;\nvoid setup() { Particle.variable(\"x\", " + body + "); }\n",
                _ => body,
            };
            var contract = AdversarialInputs.Read(text);
            Assert.DoesNotContain(contract.Diagnostics, d => d.Id == DiagnosticIds.ReaderInternalError);
        },
        iter: 40);

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("R\"")]
    [InlineData("R\"abc(")]
    [InlineData("/*")]
    [InlineData("#if")]
    [InlineData("#define")]
    [InlineData("Particle.variable(")]
    [InlineData("Particle.variable(\"a\", [](){")]
    [InlineData("}}}}))))]]]]")]
    [InlineData("{{{{((((")]
    [InlineData("Particle.function(\"f\", static_cast<")]
    [InlineData("#define A A\n#if A\nParticle.variable(\"a\", a);\n#endif")]
    [InlineData("#define A B\n#define B A\n#if A == B\n#endif")]
    [InlineData("#if 1/0\n#endif\n#if (1 << 99)\n#endif")]
    [InlineData("typedef a b; typedef b a; a x; void setup() { Particle.variable(\"x\", x); }")]
    [InlineData("auto x = x; void setup() { Particle.variable(\"x\", x); }")]
    [InlineData("const char* N = N; void setup() { Particle.variable(N, N); }")]
    public void Edge_cases(string text) => AssertTotalAndDeterministic(text);
}
