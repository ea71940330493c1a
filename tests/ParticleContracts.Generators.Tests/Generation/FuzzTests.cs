using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>
/// Random and mutated firmware through the real <see cref="Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver"/>:
/// the generator never throws (no CS8784/CS8785) and whatever it generates compiles warning-free.
/// </summary>
public sealed class FuzzTests
{
    private static readonly string[] Fragments =
    [
        "Particle.variable(", "Particle.function(", "Spark.variable(", "\"temp\"", "\"set-color\"", "\"class\"", "\"1wire\"",
        "\"a\\\"b\"", "\"😀\"", "\"\"", ", ", ");", "(", ")", "{", "}", "[", "]", "<", ">", "&", "*", "::", ";", "\n", " ",
        "int ", "double ", "bool ", "String ", "char ", "float ", "long long ", "const char* ", "auto ", "static ", "class C ",
        "temp", "getTemp", "setColor", "verify", "variable", "DeviceIdOrName", "x", "42", "INT", "STRING", "DOUBLE", "BOOLEAN",
        "#define NAME \"temp\"\n", "#if X\n", "#ifdef Y\n", "#else\n", "#endif\n", "#include \"a.h\"\n", "/*", "*/", "//",
        "[]() -> int { return 1; }", "&WeatherSensors::calibrate, this", "void setup() {", "int f(String s) { return 0; }",
        "\u2028", "\r", "\t", "\\", "R\"(", ")\"", "'", "\0", "NAME",
    ];

    /// <summary>The publish/subscribe forms and the payload builders the events stage reads, mixed with the generic fragments.</summary>
    private static readonly string[] EventFragments =
    [
        "Particle.publish(", "Particle.subscribe(", "Spark.publish(", "\"weather/reading\"", "\"spark/x\"", "\"a b\"",
        "String::format(", "\"{\\\"t\\\":%.1f,\\\"h\\\":%d}\"", "\"{\\\"s\\\":\\\"%s\\\",\\\"n\\\":{\"", "\"%*d%%%\"", "snprintf(buf, sizeof(buf), ",
        "sprintf(buf, ", "char buf[64];", "JSONBufferWriter w(buf, sizeof(buf));", "w.beginObject().name(\"k\").value(", ".endObject()",
        "Variant v;", "v.set(\"k\", ", "EventData d = {{\"a\", 1}, {\"b\", ", "m[\"k\"] = ", "CloudEvent ev;", "ev.name(", "ev.data(",
        "ev.contentType(ContentType::JPEG)", "ContentType::BINARY", "PRIVATE | WITH_ACK", "NO_ACK", "MY_DEVICES", "60, ",
        "[](const char* e, const char* d) {}", "&C::on, this", "System.deviceID() + ", "void loop() {", "millis()", "cond ? \"true\" : \"false\"",
    ];

    private static readonly Gen<string> RandomText =
        Gen.OneOf(Fragments).Array[0, 60].Select(parts => string.Concat(parts));

    private static readonly Gen<string> RandomEventText =
        Gen.OneOf([.. Fragments, .. EventFragments, .. EventFragments]).Array[0, 60].Select(parts => string.Concat(parts));

    private static readonly Gen<string> FileName = Gen.OneOf("main.ino", "src/app.cpp", "src/app.h", "lib/x/x.cpp", "project.properties", "src/config.h");

    private static readonly Gen<FirmwareFile[]> RandomProject =
        Gen.Select(FileName, RandomText, Gen.OneOf("fuzz", "fuzz-two", "1st", "class", "a b", "-", "_", "2fast", "ünïcode", "x_y")).Array[1, 4]
            .Select(files => files
                .Select(f => new FirmwareFile("firmware/" + f.Item3 + "/" + f.Item1, f.Item2))
                .DistinctBy(f => f.Path)
                .ToArray());

    [Fact]
    public void Random_firmware_never_breaks_the_generator_or_the_generated_code() =>
        RandomProject.Sample(AssertGeneratorIsTotal, iter: 60, threads: 1);

    [Fact]
    public void Random_event_firmware_never_breaks_the_generator_or_the_generated_code() =>
        Gen.Select(FileName, RandomEventText).Array[1, 3]
            .Select(files => files.Select(f => new FirmwareFile("firmware/events/" + f.Item1, f.Item2)).DistinctBy(f => f.Path).ToArray())
            .Sample(AssertGeneratorIsTotal, iter: 60, threads: 1);

    [Fact]
    public void Mutated_sample_firmware_never_breaks_the_generator_or_the_generated_code()
    {
        var samples = GeneratorHarness.SampleNames().Select(GeneratorHarness.LoadSample).Select(files => files.ToArray()).ToArray();
        var mutation = Gen.Select(Gen.Int[0, samples.Length - 1], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], Gen.Int[0, 4], Gen.OneOf(Fragments));

        mutation.Array[1, 6].Sample(
            edits =>
            {
                var project = samples[edits[0].Item1].ToArray();
                foreach (var (_, where, length, kind, fragment) in edits)
                {
                    var index = where % project.Length;
                    project[index] = project[index] with { Text = Mutate(project[index].Text, where, length, kind, fragment) };
                }

                AssertGeneratorIsTotal(project);
            },
            iter: 60,
            threads: 1);
    }

    private static string Mutate(string text, int where, int length, int kind, string fragment)
    {
        if (text.Length == 0)
        {
            return fragment;
        }

        var start = where % text.Length;
        var count = Math.Min(text.Length - start, length % 40);
        return kind switch
        {
            0 => text.Remove(start, count),
            1 => text.Insert(start, fragment),
            2 => text.Substring(0, start),
            3 => text.Insert(start, text.Substring(start, count)),
            _ => text.Remove(start, count).Insert(start, fragment),
        };
    }

    private static void AssertGeneratorIsTotal(FirmwareFile[] project)
    {
        var run = GeneratorHarness.Run(project);

        Assert.True(run.Result.Exception is null, Describe(project, run.Result.Exception?.ToString()));
        var generatorFailures = run.DriverDiagnostics.Where(d => d.Id is "CS8784" or "CS8785").ToArray();
        Assert.True(generatorFailures.Length == 0, Describe(project, string.Join("\n", generatorFailures.Select(d => d.ToString()))));
        var problems = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, Describe(project, string.Join("\n", problems.Select(d => d.ToString()))));
    }

    private static string Describe(FirmwareFile[] project, string? problem)
    {
        var text = new StringBuilder(problem).Append("\nFirmware:\n");
        foreach (var file in project)
        {
            text.Append("--- ").Append(file.Path).Append('\n').Append(file.Text).Append('\n');
        }

        return text.ToString();
    }
}
