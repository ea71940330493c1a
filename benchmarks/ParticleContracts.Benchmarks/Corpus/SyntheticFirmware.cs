using System.Globalization;
using System.Text;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Benchmarks.Corpus;

/// <summary>
/// Writes a large, deterministic Particle firmware corpus: several Workbench-style projects
/// (<c>project.properties</c>, <c>src/*.h</c>, <c>src/*.cpp</c>, one <c>.ino</c>) whose registrations use every
/// form, name kind, type rule and preprocessor construct the reader understands, buried in ordinary C++ filler
/// (comments and strings that merely mention the API, raw strings, publish/subscribe calls, line continuations).
/// </summary>
/// <remarks>
/// The corpus is a pure function of <see cref="SyntheticFirmwareOptions"/>; the same options always give the same
/// bytes, so numbers from different runs compare. The generator also counts what it wrote
/// (<see cref="SyntheticFirmwareProject"/>), so a run can check the reader found every active registration.
/// </remarks>
internal static class SyntheticFirmware
{
    private static readonly string[] VariableForms =
    [
        "reference-int", "reference-int32", "reference-uint32", "reference-double", "reference-bool", "reference-string",
        "reference-chararray", "reference-constcharptr", "reference-typedef", "reference-using", "reference-auto",
        "reference-volatile", "reference-member", "reference-this", "reference-extern", "reference-static-local",
        "legacy-int", "legacy-double", "legacy-bool", "legacy-chararray", "legacy-buf0", "legacy-stringobj", "legacy-literal",
        "calc-function", "calc-template", "calc-lambda-explicit", "calc-lambda-deduced", "calc-stdfunction", "calc-fnptr",
        "calc-float",
    ];

    private static readonly string[] FunctionForms =
    [
        "fn-free", "fn-lambda", "fn-lambda-nullptr", "fn-lambda-multiline", "fn-stdfunction", "fn-member-this",
        "fn-member-instance", "fn-member-pointer", "fn-static-member", "fn-pointer-var", "fn-static-cast", "fn-constref",
    ];

    private static readonly string[] NameKinds =
    [
        "literal", "define", "const-char-ptr", "const-char-array", "constexpr", "static-const", "string-ctor", "concat",
    ];

    /// <summary>Generates the corpus.</summary>
    public static SyntheticFirmwareCorpus Generate(SyntheticFirmwareOptions options)
    {
        var random = new Random(options.Seed);
        var files = new List<FirmwareSource>();
        var projects = new List<SyntheticFirmwareProject>();
        var perFileBytes = options.TargetBytes / (options.Projects * options.FilesPerProject);
        var registrationsPerModule = Math.Max(1, (options.Registrations + (options.Projects * ModulesPerProject(options)) - 1) / (options.Projects * ModulesPerProject(options)));

        for (var p = 0; p < options.Projects; p++)
        {
            var root = $"{options.RootFolder}/synth-device-{p:D2}";
            var project = new ProjectWriter(p, root, random);
            var modules = ModulesPerProject(options);
            for (var m = 0; m < modules; m++)
            {
                var extension = m == 0 ? "ino" : "cpp";
                var path = $"{root}/src/module_{m:D2}.{extension}";
                files.Add(new FirmwareSource(path, project.WriteModule(m, registrationsPerModule, perFileBytes)));
            }

            files.Add(new FirmwareSource($"{root}/src/config.h", project.WriteConfigHeader(perFileBytes)));
            files.Add(new FirmwareSource($"{root}/src/state.h", project.WriteStateHeader(perFileBytes)));
            files.Add(new FirmwareSource($"{root}/project.properties", "name=synth-device-" + p.ToString("D2", CultureInfo.InvariantCulture) + "\n"));
            projects.Add(project.Summary());
        }

        return new SyntheticFirmwareCorpus(files, projects);
    }

    private static int ModulesPerProject(SyntheticFirmwareOptions options) => Math.Max(1, options.FilesPerProject - 2);

    /// <summary>Writes the files of one project and remembers what it declared for the shared headers.</summary>
    private sealed class ProjectWriter(int index, string root, Random random)
    {
        private readonly StringBuilder _defines = new();
        private readonly StringBuilder _externs = new();
        private readonly StringBuilder _classMembers = new();
        private int _active;
        private int _dropped;
        private int _conditional;
        private int _runtimeNames;
        private int _variables;
        private int _functions;
        private int _sequence;

        public SyntheticFirmwareProject Summary() =>
            new(root, $"SynthDevice{index:D2}", _active, _dropped, _conditional, _runtimeNames, _variables, _functions);

        public string WriteModule(int module, int registrations, int targetBytes)
        {
            var w = new CppWriter();
            var prefix = $"m{module}";
            w.Line($"// {root}/src/module_{module:D2} — synthetic firmware module (benchmark corpus, do not edit by hand).");
            w.Line("// Mentions in comments never count: Particle.variable(\"commented\", x); Particle.function(\"nope\", f);");
            w.Line("#include \"Particle.h\"");
            w.Line("#include \"config.h\"");
            w.Line("#include \"state.h\"");
            w.Line("#include <functional>");
            w.Line();

            var body = new CppWriter();
            var declarations = new CppWriter();
            var lampClass = $"Lamp{module}";
            declarations.Line("static unsigned long lastPublish = 0;");
            WriteLampClass(declarations, lampClass, prefix);

            var fillerBudget = targetBytes;
            var registrationsWritten = 0;
            var hasMemberRegistrations = new List<string>();
            body.Line($"void {(module == 0 ? "setup" : $"module{module}Setup")}() {{");
            body.Indent++;
            body.Line("Serial.begin(115200);");
            while (registrationsWritten < registrations)
            {
                var k = _sequence++;
                var isFunction = k % 5 >= 3; // 60 % variables, 40 % functions
                var form = isFunction ? FunctionForms[(k / 5 + module) % FunctionForms.Length] : VariableForms[(k / 5 * 3 + k % 5 + module) % VariableForms.Length];
                var name = isFunction ? $"{prefix}f{k}" : $"{prefix}v{k}";
                var nameKind = NameKinds[(k / 3 + module) % NameKinds.Length];
                var expression = NameExpression(declarations, name, nameKind);

                var guard = k % 41 == 7 ? Guard.Active : k % 53 == 11 ? Guard.Dropped : k % 67 == 13 ? Guard.Conditional : k % 97 == 17 ? Guard.IfZero : Guard.None;
                if (k % 173 == 29)
                {
                    // A run-time name: reported with name null and a diagnostic.
                    expression = $"{prefix}_dynName{k}";
                    declarations.Line($"char {prefix}_dynName{k}[16]; // filled at run time");
                    body.Line($"snprintf({prefix}_dynName{k}, sizeof({prefix}_dynName{k}), \"dyn%d\", {k});");
                    _runtimeNames++;
                }

                WriteGuardOpen(body, guard);
                var registration = isFunction
                    ? WriteFunction(declarations, body, form, expression, prefix, k, lampClass, hasMemberRegistrations)
                    : WriteVariable(declarations, body, form, expression, prefix, k, lampClass, hasMemberRegistrations);
                WriteGuardClose(body, guard);

                if (registration)
                {
                    switch (guard)
                    {
                        case Guard.Dropped:
                        case Guard.IfZero:
                            _dropped++;
                            break;
                        case Guard.Conditional:
                            _conditional++;
                            _active++;
                            Count(isFunction);
                            break;
                        default:
                            _active++;
                            Count(isFunction);
                            break;
                    }
                }

                registrationsWritten++;
            }

            body.Line("Particle.subscribe(\"synth/cmd\", onCommand, MY_DEVICES); // not a registration");
            body.Line("Particle.publish(\"synth/boot\", \"Particle.variable(\\\"inString\\\", x)\", PRIVATE);");
            body.Indent--;
            body.Line("}");

            // Member registrations made from inside the class (this->x, &Class::method, this).
            if (hasMemberRegistrations.Count > 0)
            {
                body.Line();
                body.Line($"void {lampClass}::begin() {{");
                body.Indent++;
                foreach (var line in hasMemberRegistrations)
                {
                    body.Line(line);
                }

                body.Indent--;
                body.Line("}");
            }

            w.Append(declarations);
            w.Line();
            var head = w.Length + body.Length;
            var filler = new FillerWriter(random, $"{prefix}_{index}");
            var fillerText = filler.Write(Math.Max(0, fillerBudget - head));
            var split = fillerText.Length / 2;
            var cut = fillerText.IndexOf("\n\n", split, StringComparison.Ordinal);
            cut = cut < 0 ? fillerText.Length : cut + 2;
            w.Raw(fillerText.AsSpan(0, cut));
            w.Append(body);
            w.Line();
            w.Raw(fillerText.AsSpan(cut));
            return w.ToString();
        }

        private void Count(bool isFunction)
        {
            if (isFunction)
            {
                _functions++;
            }
            else
            {
                _variables++;
            }
        }

        private string NameExpression(CppWriter declarations, string name, string kind)
        {
            var constant = $"NAME_{name.ToUpperInvariant()}";
            switch (kind)
            {
                case "define":
                    _defines.Append("#define ").Append(constant).Append(" \"").Append(name).Append("\"\n");
                    return constant;
                case "const-char-ptr":
                    declarations.Line($"const char* {constant} = \"{name}\";");
                    return constant;
                case "const-char-array":
                    declarations.Line($"const char {constant}[] = \"{name}\";");
                    return constant;
                case "constexpr":
                    declarations.Line($"constexpr const char* {constant} = \"{name}\";");
                    return constant;
                case "static-const":
                    declarations.Line($"static const char* const {constant} = \"{name}\";");
                    return constant;
                case "string-ctor":
                    return $"String(\"{name}\")";
                case "concat":
                    return $"\"{name.Substring(0, 2)}\" \"{name.Substring(2)}\"";
                default:
                    return $"\"{name}\"";
            }
        }

        private static void WriteLampClass(CppWriter declarations, string lampClass, string prefix)
        {
            declarations.Line($"class {lampClass} {{");
            declarations.Line("public:");
            declarations.Indent++;
            declarations.Line("void begin();");
            declarations.Line("int set(String command);");
            declarations.Line("int dim(String command);");
            declarations.Line("static int reset(String command);");
            declarations.Line("int brightness = 0;");
            declarations.Line("double level = 0.5;");
            declarations.Line("String label;");
            declarations.Indent--;
            declarations.Line("};");
            declarations.Line($"{lampClass} {prefix}_lamp;");
            declarations.Line($"{lampClass}* {prefix}_lampPtr = &{prefix}_lamp;");
            declarations.Line($"int {lampClass}::set(String command) {{ brightness = command.toInt(); return brightness; }}");
            declarations.Line($"int {lampClass}::dim(String command) {{ level = command.toFloat(); return 1; }}");
            declarations.Line($"int {lampClass}::reset(String command) {{ (void)command; return 0; }}");
        }

        private bool WriteVariable(CppWriter d, CppWriter b, string form, string name, string prefix, int k, string lampClass, List<string> members)
        {
            var v = $"{prefix}_var{k}";
            var api = k % 11 == 3 ? "Spark" : "Particle";
            var call = $"{api}.variable";
            switch (form)
            {
                case "reference-int": d.Line($"int {v} = {k};"); break;
                case "reference-int32": d.Line($"int32_t {v};"); break;
                case "reference-uint32": d.Line($"uint32_t {v} = 0u;"); break;
                case "reference-double": d.Line($"double {v} = {k}.25;"); break;
                case "reference-bool": d.Line($"bool {v} = false;"); break;
                case "reference-string": d.Line($"String {v}(\"state {k}\");"); break;
                case "reference-chararray": d.Line($"char {v}[64] = \"buffer\";"); break;
                case "reference-constcharptr": d.Line($"const char* {v} = \"fixed\";"); break;
                case "reference-typedef": d.Line($"counter_t {v} = 0;"); break;
                case "reference-using": d.Line($"level_t {v} = 1.0;"); break;
                case "reference-auto": d.Line($"auto {v} = {k * 3};"); break;
                case "reference-volatile": d.Line($"volatile int {v} = 0;"); break;
                case "reference-extern":
                    _externs.Append("extern double ").Append(v).Append(";\n");
                    d.Line($"double {v} = 0.0;");
                    break;
                case "reference-member":
                    b.Line($"{call}({name}, {prefix}_lamp.brightness);");
                    return true;
                case "reference-this":
                    members.Add($"{call}({name}, this->level);");
                    return true;
                case "reference-static-local":
                    b.Line($"static int {v} = 0;");
                    b.Line($"{call}({name}, {v});");
                    return true;
                case "legacy-int":
                    d.Line($"int {v} = 0;");
                    b.Line($"{call}({name}, &{v}, INT);");
                    return true;
                case "legacy-double":
                    d.Line($"double {v} = 0.0;");
                    b.Line($"{call}({name}, &{v}, DOUBLE);");
                    return true;
                case "legacy-bool":
                    d.Line($"bool {v} = true;");
                    b.Line($"{call}({name}, &{v}, BOOLEAN);");
                    return true;
                case "legacy-chararray":
                    d.Line($"char {v}[32];");
                    b.Line($"{call}({name}, {v}, STRING);");
                    return true;
                case "legacy-buf0":
                    d.Line($"char {v}[48];");
                    b.Line($"{call}({name}, &{v}[0], STRING);");
                    return true;
                case "legacy-stringobj":
                    d.Line($"String {v};");
                    b.Line($"{call}({name}, &{v}, STRING);");
                    return true;
                case "legacy-literal":
                    b.Line($"{call}({name}, \"v{k}.0\", STRING);");
                    return true;
                case "calc-function":
                    d.Line($"double {v}() {{ return analogRead(A0) * 0.0008; }}");
                    b.Line($"{call}({name}, {v});");
                    return true;
                case "calc-template":
                    d.Line($"template <typename T> T {v}() {{ return static_cast<T>({k}); }}");
                    b.Line($"{call}({name}, {v}<int>);");
                    return true;
                case "calc-lambda-explicit":
                    b.Line($"{call}({name}, []() -> double {{");
                    b.Line($"    return {k} * 0.5; // explicit return type");
                    b.Line("});");
                    return true;
                case "calc-lambda-deduced":
                    b.Line($"{call}({name}, [] {{ return {k}; }});");
                    return true;
                case "calc-stdfunction":
                    d.Line($"std::function<int()> {v} = [] {{ return millis() / 1000; }};");
                    b.Line($"{call}({name}, {v});");
                    return true;
                case "calc-fnptr":
                    d.Line($"int {v}_impl() {{ return WiFi.RSSI(); }}");
                    d.Line($"int (*{v})() = {v}_impl;");
                    b.Line($"{call}({name}, {v});");
                    return true;
                case "calc-float":
                    d.Line($"float {v}() {{ return 1.5f; }}");
                    b.Line($"{call}({name}, {v});");
                    return true;
            }

            // By-reference forms share the call shape; some are split over lines or wrapped in a macro.
            if (k % 7 == 0)
            {
                b.Line($"CHECK({call}({name}, {v}));");
            }
            else if (k % 7 == 1)
            {
                b.Line($"{call}(");
                b.Line($"    {name},");
                b.Line($"    {v});");
            }
            else
            {
                b.Line($"{call}({name}, {v});");
            }

            return true;
        }

        private bool WriteFunction(CppWriter d, CppWriter b, string form, string name, string prefix, int k, string lampClass, List<string> members)
        {
            var f = $"{prefix}_fn{k}";
            var api = k % 13 == 4 ? "Spark" : "Particle";
            var call = $"{api}.function";
            switch (form)
            {
                case "fn-free":
                    d.Line($"int {f}(String arg) {{ return arg.length() > 0 ? 1 : 0; }}");
                    b.Line(k % 2 == 0 ? $"{call}({name}, {f});" : $"CHECK({call}({name}, {f}));");
                    break;
                case "fn-constref":
                    d.Line($"int {f}(const String& arg) {{ return arg.toInt(); }}");
                    b.Line($"{call}({name}, {f});");
                    break;
                case "fn-lambda":
                    b.Line($"{call}({name}, [](String arg) {{ return arg.toInt() * 2; }});");
                    break;
                case "fn-lambda-nullptr":
                    b.Line($"{call}({name}, [](String arg) -> int {{ return arg == \"on\"; }}, nullptr);");
                    break;
                case "fn-lambda-multiline":
                    b.Line($"{call}({name}, [](String command) -> int {{");
                    b.Indent++;
                    b.Line("// Parses \"r,g,b\"; a comment mentioning Particle.function(\"inner\", f) does not count.");
                    b.Line("int first = command.indexOf(',');");
                    b.Line("int second = command.indexOf(',', first + 1);");
                    b.Line("if (first < 0 || second < 0) {");
                    b.Line("    return -1;");
                    b.Line("}");
                    b.Line("RGB.color(command.substring(0, first).toInt(), command.substring(first + 1, second).toInt(),");
                    b.Line("          command.substring(second + 1).toInt());");
                    b.Line("return 1;");
                    b.Indent--;
                    b.Line("});");
                    break;
                case "fn-stdfunction":
                    d.Line($"std::function<int(String)> {f} = [](String arg) {{ return (int)arg.length(); }};");
                    b.Line($"{call}({name}, {f});");
                    break;
                case "fn-member-this":
                    members.Add($"{call}({name}, &{lampClass}::set, this);");
                    break;
                case "fn-member-instance":
                    b.Line($"{call}({name}, &{lampClass}::dim, &{prefix}_lamp);");
                    break;
                case "fn-member-pointer":
                    b.Line($"{call}({name}, &{lampClass}::set, {prefix}_lampPtr);");
                    break;
                case "fn-static-member":
                    b.Line($"{call}({name}, {lampClass}::reset);");
                    break;
                case "fn-pointer-var":
                    d.Line($"int {f}_impl(String arg) {{ return arg.startsWith(\"x\") ? 1 : 0; }}");
                    d.Line($"int (*{f})(String) = {f}_impl;");
                    b.Line($"{call}({name}, {f});");
                    break;
                case "fn-static-cast":
                    members.Add($"{call}({name}, static_cast<int ({lampClass}::*)(String)>(&{lampClass}::set), this);");
                    break;
            }

            return true;
        }

        private void WriteGuardOpen(CppWriter b, Guard guard)
        {
            switch (guard)
            {
                case Guard.Active: b.Line($"#if FEATURE_LEVEL_{index} >= 2 && defined(HAS_SENSORS)"); break;
                case Guard.Dropped: b.Line($"#if FEATURE_LEVEL_{index} < 2 || !defined(HAS_SENSORS) // decided false: dropped"); break;
                case Guard.Conditional: b.Line("#if PLATFORM_ID == PLATFORM_ARGON"); break;
                case Guard.IfZero: b.Line("#if 0 // disabled while the sensor is out"); break;
            }
        }

        private static void WriteGuardClose(CppWriter b, Guard guard)
        {
            if (guard == Guard.Dropped)
            {
                b.Line("#else");
                b.Line("Log.info(\"no display\");");
            }

            if (guard != Guard.None)
            {
                b.Line("#endif");
            }
        }

        public string WriteConfigHeader(int targetBytes)
        {
            var w = new CppWriter();
            w.Line("#pragma once");
            w.Line($"// Project configuration for {root} (benchmark corpus).");
            w.Line("#include \"Particle.h\"");
            w.Line($"#define FEATURE_LEVEL_{index} (1 + 2)");
            w.Line("#define HAS_SENSORS 1");
            w.Line("#define CHECK(expr) \\");
            w.Line("    do { \\");
            w.Line("        if (!(expr)) { Log.error(\"registration failed: \" #expr); } \\");
            w.Line("    } while (0)");
            w.Line("typedef int counter_t;");
            w.Line("using level_t = double;");
            w.Raw(_defines.ToString().AsSpan());
            w.Line("void onCommand(const char* event, const char* data);");
            var filler = new FillerWriter(random, $"cfg{index}");
            w.Raw(filler.WriteDeclarations(Math.Max(0, targetBytes - w.Length)).AsSpan());
            return w.ToString();
        }

        public string WriteStateHeader(int targetBytes)
        {
            var w = new CppWriter();
            w.Line("#pragma once");
            w.Line($"// Shared state of {root} (benchmark corpus).");
            w.Raw(_externs.ToString().AsSpan());
            _classMembers.Clear();
            var filler = new FillerWriter(random, $"st{index}");
            w.Raw(filler.WriteDeclarations(Math.Max(0, targetBytes - w.Length)).AsSpan());
            return w.ToString();
        }

        private enum Guard
        {
            None,
            Active,
            Dropped,
            Conditional,
            IfZero,
        }
    }
}

/// <summary>Size and shape of the synthetic corpus.</summary>
/// <param name="Projects">Number of Particle projects (contracts).</param>
/// <param name="FilesPerProject">Source files per project (two headers, the rest modules).</param>
/// <param name="TargetBytes">Approximate total source size.</param>
/// <param name="Registrations">Approximate number of registrations written (including dropped ones).</param>
/// <param name="Seed">Seed of the filler's randomness.</param>
/// <param name="RootFolder">Folder all projects live under.</param>
internal sealed record SyntheticFirmwareOptions(
    int Projects = 20,
    int FilesPerProject = 10,
    int TargetBytes = 5_000_000,
    int Registrations = 2_000,
    int Seed = 20_260_525,
    string RootFolder = "synthetic")
{
    /// <summary>The corpus the benchmarks measure: ≈200 files, ≈5 MB, ≈2,000 registrations.</summary>
    public static SyntheticFirmwareOptions Default { get; } = new();
}

/// <summary>What the generator wrote for one project, to check the reader's output against.</summary>
internal sealed record SyntheticFirmwareProject(
    string Root,
    string ContractName,
    int ActiveRegistrations,
    int DroppedRegistrations,
    int ConditionalRegistrations,
    int RuntimeNames,
    int Variables,
    int Functions);

/// <summary>The generated corpus: every file plus what each project declares.</summary>
internal sealed record SyntheticFirmwareCorpus(IReadOnlyList<FirmwareSource> Files, IReadOnlyList<SyntheticFirmwareProject> Projects)
{
    /// <summary>Total UTF-16 length of all files (the corpus is ASCII, so also its UTF-8 byte count).</summary>
    public long TotalChars => Files.Sum(f => (long)f.Text.Length);

    /// <summary>Registrations the reader must report (active plus conditional).</summary>
    public int ActiveRegistrations => Projects.Sum(p => p.ActiveRegistrations);

    /// <summary>Registrations in inactive preprocessor branches.</summary>
    public int DroppedRegistrations => Projects.Sum(p => p.DroppedRegistrations);
}
