using CsCheck;
using Microsoft.CodeAnalysis;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Tests.Firmware;
using ParticleContracts.Generators.Tests.Generation;

namespace ParticleContracts.Generators.Tests.Events;

/// <summary>
/// Fuzzing of the event forms: publish and subscribe calls, <c>JSONBufferWriter</c> chains, <c>Variant</c>/<c>EventData</c>
/// builders and subscription handlers (text, <c>EventData</c>, <c>CloudEvent</c>, lambdas), mutated from firmware that
/// uses all of them. The reader never throws or reports an internal error, gives the same contract for the same text in
/// any file order, and its diagnostics and inferred shapes stay bounded by the input; the generator never fails and its
/// output compiles warning-free.
/// </summary>
public sealed class EventFormFuzzTests
{
    private static readonly string[] Vocabulary =
    [
        "Particle.publish(", "Particle.subscribe(", "Spark.publish(", "\"station/setpoint\"", "\"weather/reading\"", "\"spark/x\"", "\"\"",
        ", ", ");", "(", ")", "{", "}", "[", "]", ";", "\n", " ", "&", "*", "::", "->", ".", "=", "==", "!=", "?", ":",
        "String::format(\"{\\\"t\\\":%.1f}\", t)", "snprintf(buf, sizeof(buf), \"{\\\"n\\\":%d}\", n);", "char buf[64];",
        "JSONBufferWriter w(buf, sizeof(buf));", "w.beginObject()", ".name(\"k\")", ".value(1)", ".value(t)", ".endObject()",
        ".beginArray()", ".endArray()", "JSONStringWriter s;", "Variant v;", "v.set(\"k\", ", "VariantMap m;", "m[\"k\"] = ",
        "VariantArray a;", "a.append(", "EventData d = {{\"a\", 1}, {\"b\", {{\"c\", 2.5}}}};", "Variant()", "nullptr",
        "CloudEvent ev;", "ev.name(\"x\");", "ev.data(v);", "Particle.publish(ev);", "ContentType::BINARY", "PRIVATE | WITH_ACK",
        "void h(const char* e, const char* data) {", "void h(const char* e, EventData data) {", "void h(CloudEvent event) {",
        "void h(const char* e, const char* data, size_t n, ContentType t) {", "[](const char* e, const char* data) {",
        "&C::on, this", "atoi(data)", "atof(data)", "String(data).toInt()", "String s(data);", "strcmp(data, \"on\") == 0",
        "sscanf(data, \"%d,%d\", &a, &b);", "data.get(\"k\").toInt()", "data[\"k\"].toBool()", "event.data()", "event.dataString()",
        "event.name()", "Variant::fromJSON(data)", "JSONValue::parseCopy(data)", "it.name() == \"k\"", "it.value().toInt()",
        "if (", "else if (", "while (", "for (;;) {", "switch (data[0]) { case 'a': break; }", "#if X\n", "#endif\n",
        "/*", "*/", "//", "\"", "'", "\\", "int ", "double ", "t", "n", "data", "event", "h", "0", "1", "é", "\0",
    ];

    private static readonly string[] Seeds =
    [
        TypedPublisherTests.Firmware,
        EventGenerationTests.StationFirmware,
        NestedPayloadGenerationTests.RoverFirmware,
        ConditionalPayloadGenerationTests.TrackerFirmware,
    ];

    private static readonly Gen<(int Position, int Kind, int Length, int Token)> Mutation =
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[0, 3], Gen.Int[0, 16], Gen.Int[0, Vocabulary.Length - 1]);

    private static readonly Gen<string> MutatedEventFirmware =
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Mutation.Array[1, 10], (seed, mutations) => TextMutations.Apply(Seeds[seed], Vocabulary, mutations));

    private static readonly Gen<string> EventSoup =
        Gen.Int[0, Vocabulary.Length - 1].Array[0, 120].Select(indexes => string.Concat(indexes.Select(i => Vocabulary[i])));

    [Fact]
    public void Mutated_event_firmware_keeps_the_reader_total_deterministic_and_bounded() =>
        MutatedEventFirmware.Sample(AssertReaderTotal, iter: 800, threads: 1);

    [Fact]
    public void Event_token_soup_keeps_the_reader_total_deterministic_and_bounded() =>
        EventSoup.Sample(AssertReaderTotal, iter: 800, threads: 1);

    [Fact]
    public void Mutated_event_firmware_never_breaks_the_generator_or_the_generated_code() =>
        MutatedEventFirmware.Sample(AssertGeneratorTotal, iter: 40, threads: 1);

    /// <summary>Inputs fuzzing found; each once broke the reader.</summary>
    [Theory]
    [InlineData("double t;\nvoid loop() { Particle.publish(\"e\", String::format(\"{\\\"k\\\":\", t)); }")]
    [InlineData("double t;\nvoid loop() { Particle.publish(\"e\", String::format(\"{\\\"a\\\":\\\",\\\"k\\\":\", t)); }")]
    [InlineData("int on;\nvoid h(const char* e, const char* data) {\ndata, \"heat\") == 0) on = 1; }\nvoid setup() { Particle.subscribe(\"x\", h); }")]
    public void Found_by_fuzzing(string text)
    {
        AssertReaderTotal(text);
        AssertGeneratorTotal(text);
    }

    private static void AssertReaderTotal(string text)
    {
        var source = new FirmwareSource("fuzz/src/main.cpp", text);
        var header = new FirmwareSource("fuzz/src/handlers.h", text.Length > 40 ? text.Substring(text.Length / 3) : text);
        var contracts = FirmwareReader.Read([source, header]);
        var again = FirmwareReader.Read([header, source]);
        Assert.Equal(contracts.Length, again.Length);
        var lines = 2 + text.Count(c => c == '\n');
        for (var i = 0; i < contracts.Length; i++)
        {
            var contract = contracts[i];
            Assert.Equal(contract, again[i]);
            Assert.DoesNotContain(contract.Diagnostics, d => d.Id == DiagnosticIds.ReaderInternalError);
            // Each statement gives a handful of diagnostics at most, so their number follows the input's size.
            Assert.InRange(contract.Diagnostics.Count, 0, 12 * (lines + text.Length / 16));
            var events = contract.EventsOrEmpty;
            foreach (var subscription in events.Subscriptions)
            {
                Assert.NotNull(subscription.Payload);
                Assert.InRange(subscription.Payload.Fields.Count + subscription.Payload.Words.Count, 0, text.Length);
                Assert.True(subscription.Payload.Kind != ArgumentKind.Text || subscription.Payload.Reason is { Length: > 0 });
            }

            foreach (var published in events.Publishes)
            {
                Assert.InRange(published.Location.Line, 1, lines);
                Assert.InRange(published.Payload.Fields.Count, 0, text.Length);
            }
        }
    }

    private static void AssertGeneratorTotal(string text)
    {
        var run = GeneratorHarness.Run([new FirmwareFile("firmware/station/src/station.cpp", text), new FirmwareFile("firmware/station/project.properties", "name=station\n")]);
        Assert.True(run.Result.Exception is null, run.Result.Exception + "\n" + text);
        Assert.DoesNotContain(run.DriverDiagnostics, d => d.Id is "CS8784" or "CS8785");
        var problems = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems.Select(d => d.ToString())) + "\nFirmware:\n" + text);
    }
}
