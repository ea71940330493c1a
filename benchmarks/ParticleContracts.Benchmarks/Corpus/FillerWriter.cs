namespace ParticleContracts.Benchmarks.Corpus;

/// <summary>
/// Ordinary firmware C++ that registers nothing: the bulk of a real project. It exercises the lexer's comments,
/// string/char/raw-string literals, line continuations and preprocessor lines, and mentions the cloud API only in
/// places where it must not count (comments, strings, <c>Particle.publish</c>/<c>subscribe</c>).
/// </summary>
internal sealed class FillerWriter(Random random, string prefix)
{
    private static readonly string[] Verbs = ["compute", "sample", "filter", "update", "refresh", "smooth", "encode", "decode", "poll", "flush"];
    private static readonly string[] Nouns = ["reading", "window", "buffer", "status", "battery", "signal", "pressure", "humidity", "relay", "counter"];

    private int _serial;

    /// <summary>Function definitions, about <paramref name="targetChars"/> long.</summary>
    public string Write(int targetChars)
    {
        var w = new CppWriter();
        while (w.Length < targetChars)
        {
            WriteFunction(w);
            w.Line();
        }

        return w.ToString();
    }

    /// <summary>Header-style declarations (structs, prototypes, constants, inline helpers), about <paramref name="targetChars"/> long.</summary>
    public string WriteDeclarations(int targetChars)
    {
        var w = new CppWriter();
        while (w.Length < targetChars)
        {
            var n = _serial++;
            var name = $"{prefix}_{Pick(Nouns)}{n}";
            switch (n % 4)
            {
                case 0:
                    w.Line($"/** Calibration of the {Pick(Nouns)} channel {n}. */");
                    w.Line($"struct {Capital(name)}Config {{");
                    w.Indent++;
                    w.Line($"int channel = {n % 8};");
                    w.Line($"double gain = {random.Next(1, 9)}.{random.Next(0, 99):D2};");
                    w.Line($"char label[{16 + n % 32}];");
                    w.Line("bool enabled = true; // Particle.variable(\"enabled\", enabled) would bind a member");
                    w.Indent--;
                    w.Line("};");
                    break;
                case 1:
                    w.Line($"int {name}_{Pick(Verbs)}(int value, const char* unit);");
                    w.Line($"double {name}_average(const double* values, size_t count);");
                    w.Line($"static const int {name.ToUpperInvariant()}_LIMIT = {random.Next(10, 5000)};");
                    break;
                case 2:
                    w.Line($"#define {name.ToUpperInvariant()}_PIN D{n % 8}");
                    w.Line($"#define {name.ToUpperInvariant()}_SCALE ({random.Next(1, 100)} * 10 + \\");
                    w.Line($"    {random.Next(1, 9)})");
                    break;
                default:
                    w.Line($"inline int {name}_clamp(int v) {{ return v < 0 ? 0 : (v > {random.Next(100, 999)} ? {random.Next(100, 999)} : v); }}");
                    w.Line($"extern const char {name}_banner[]; /* \"Spark.function\" in a block comment */");
                    break;
            }

            w.Line();
        }

        return w.ToString();
    }

    private void WriteFunction(CppWriter w)
    {
        var n = _serial++;
        var verb = Pick(Verbs);
        var noun = Pick(Nouns);
        var name = $"{prefix}_{verb}_{noun}{n}";
        w.Line($"// {Capital(verb)}s the {noun} window ({n}); called from loop() every {random.Next(10, 1000)} ms.");
        if (n % 3 == 0)
        {
            w.Line("/*");
            w.Line($" * Block comment {n}: Particle.variable(\"{noun}\", {noun}) is documentation, not code.");
            w.Line(" * Multi-line comments must not confuse the reader's line counting.");
            w.Line(" */");
        }

        w.Line($"static double {name}(const int* samples, size_t count, const char* unit) {{");
        w.Indent++;
        w.Line("double sum = 0.0;");
        w.Line($"int peak = {random.Next(-50, 50)};");
        var statements = 6 + random.Next(0, 10);
        for (var i = 0; i < statements; i++)
        {
            WriteStatement(w, n, i);
        }

        w.Line("return count ? sum / (double)count : 0.0;");
        w.Indent--;
        w.Line("}");
    }

    private void WriteStatement(CppWriter w, int n, int i)
    {
        switch (random.Next(0, 12))
        {
            case 0:
                w.Line("for (size_t i = 0; i < count; ++i) {");
                w.Line($"    sum += samples[i] * {random.Next(1, 9)}.{random.Next(0, 9)}; /* scaled */");
                w.Line("    if (samples[i] > peak) { peak = samples[i]; }");
                w.Line("}");
                break;
            case 1:
                w.Line($"Serial.printlnf(\"%s: sum=%.2f peak=%d (%u)\", unit, sum, peak, (unsigned){n});");
                break;
            case 2:
                w.Line($"const char* note{i} = \"Particle.function(\\\"not\\\", real) inside a string; Spark.variable too\";");
                w.Line($"(void)note{i};");
                break;
            case 3:
                w.Line($"char quote{i} = '\\''; char paren{i} = '('; (void)quote{i}; (void)paren{i};");
                break;
            case 4:
                w.Line($"const char* page{i} = R\"html(<p>Particle.variable(\"x\", y); \"quoted\" ) text</p>)html\";");
                w.Line($"(void)page{i};");
                break;
            case 5:
                w.Line($"if (millis() - lastPublish > {random.Next(1000, 60000)}UL) {{");
                w.Line("    Particle.publish(\"synth/reading\", String(sum, 2), PRIVATE); // publish is not a registration");
                w.Line("    lastPublish = millis();");
                w.Line("}");
                break;
            case 6:
                w.Line($"switch (peak % {random.Next(2, 6)}) {{");
                w.Line("case 0: sum *= 1.5; break;");
                w.Line("case 1: sum -= peak; break;");
                w.Line("default: break;");
                w.Line("}");
                break;
            case 7:
                w.Line($"#if SYNTH_TRACE_{n % 5}");
                w.Line($"Log.trace(\"trace {n}.{i}: %f\", sum);");
                w.Line("#endif");
                break;
            case 8:
                w.Line($"int window{i}[{random.Next(4, 32)}] = {{ {random.Next(0, 9)}, {random.Next(0, 9)}, {random.Next(0, 9)} }};");
                w.Line($"sum += window{i}[0] + window{i}[1] * 0x{random.Next(16, 255):X2};");
                break;
            case 9:
                w.Line($"auto weigh{i} = [&](int v) -> double {{ return v * {random.Next(1, 9)}.0 + peak; }};");
                w.Line($"sum += weigh{i}(peak);");
                break;
            case 10:
                w.Line($"String text{i} = String::format(\"%d-%d\", peak, {random.Next(0, 1000)});");
                w.Line($"if (text{i}.length() > 8) {{ sum += text{i}.toInt(); }}");
                break;
            default:
                w.Line($"sum = sum > {random.Next(100, 10000)} ? sum / 2.0 : sum + {random.Next(1, 100)}; // keep in range");
                break;
        }
    }

    private string Pick(string[] words) => words[random.Next(words.Length)];

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1);
}
