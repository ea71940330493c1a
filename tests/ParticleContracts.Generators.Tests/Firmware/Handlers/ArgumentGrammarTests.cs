using ParticleContracts.Generators.Contracts;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Firmware.Handlers;

/// <summary>Argument grammars read from handler bodies: one row per firmware form, with negatives and the fallback to string.</summary>
public sealed class ArgumentGrammarTests
{
    internal static string Describe(ArgumentGrammar grammar) => grammar.Kind switch
    {
        ArgumentKind.Text => "text",
        ArgumentKind.None => "none",
        ArgumentKind.Integer => "int",
        ArgumentKind.Number => "double",
        ArgumentKind.Words => (grammar.IgnoreCase ? "words-i:" : "words:") + string.Join("|", grammar.Words),
        ArgumentKind.Fields => "fields(" + grammar.Separator + "):" + string.Join("|", grammar.Fields.Select(Field)),
        ArgumentKind.Json => "json:" + string.Join("|", grammar.Fields.Select(Field)),
        _ => "?",
    };

    private static string Field(ArgumentField field) => field.Type.ToString().ToLowerInvariant() + " " + field.Name;

    internal static FunctionArgumentContract Infer(string handler, string registration = "Particle.function(\"f\", handler);")
    {
        var contract = Contract(InSetup(handler, registration));
        return Assert.Single(contract.FunctionArguments);
    }

    [Theory]
    // Whole-argument numbers.
    [InlineData("int handler(String arg) { int level = arg.toInt(); analogWrite(D0, level); return level; }", "int")]
    [InlineData("int handler(String arg) { return atoi(arg.c_str()); }", "int")]
    [InlineData("int handler(const char* arg) { long v = strtol(arg, nullptr, 10); return (int)v; }", "int")]
    [InlineData("int handler(String arg) { float t = arg.toFloat(); target = t; return 0; }", "double")]
    [InlineData("int handler(String arg) { double t = atof(arg.c_str()); target = t; return 0; }", "double")]
    [InlineData("int handler(String arg) { int v; sscanf(arg.c_str(), \"%d\", &v); return v; }", "int")]
    [InlineData("int handler(String value) { String copy = value; return copy.toInt(); }", "int")]
    // Closed word sets.
    [InlineData("int handler(String arg) { if (arg == \"on\") { return 1; } else if (arg == \"off\") { return 0; } return -1; }", "words:on|off")]
    [InlineData("int handler(String arg) { if (\"open\" == arg) return 1; if (arg.equals(\"close\")) return 2; return -1; }", "words:open|close")]
    [InlineData("int handler(String arg) { if (arg.equalsIgnoreCase(\"OPEN\")) return 1; if (arg.equalsIgnoreCase(\"Close\")) return 2; return -1; }", "words-i:OPEN|Close")]
    [InlineData("int handler(String arg) { if (arg.equalsIgnoreCase(\"open\")) return 1; if (arg.equals(\"Close\")) return 2; return -1; }", "words:open|Close")]
    [InlineData("int handler(String arg) { arg.toLowerCase(); if (arg == \"on\") return 1; if (arg == \"off\") return 0; return -1; }", "words-i:on|off")]
    [InlineData("int handler(String arg) { if (strcmp(arg.c_str(), \"start\") == 0) return 1; if (!strcmp(arg.c_str(), \"stop\")) return 0; return -1; }", "words:start|stop")]
    [InlineData("int handler(const char* arg) { if (strcasecmp(arg, \"auto\") == 0) return 1; return -1; }", "words-i:auto")]
    [InlineData("int handler(String arg) { switch (arg.charAt(0)) { case 'o': return 1; case 'c': return 0; default: return -1; } }", "words:o|c")]
    [InlineData("int handler(String arg) { char c = arg[0]; switch (c) { case 'u': return 1; case 'd': return 2; } return -1; }", "words:u|d")]
    [InlineData("int handler(String arg) { if (arg.charAt(0) == 'y') return 1; return 0; }", "words:y")]
    // Positional fields.
    [InlineData("int handler(String arg) { int r, g, b; if (sscanf(arg.c_str(), \"%d,%d,%d\", &r, &g, &b) != 3) return -1; RGB.color(r, g, b); return 0; }", "fields(,):integer r|integer g|integer b")]
    [InlineData("int handler(String arg) { float lat, lon; sscanf(arg.c_str(), \"%f;%f\", &lat, &lon); return 0; }", "fields(;):number lat|number lon")]
    [InlineData("int handler(String arg) { int comma = arg.indexOf(','); int low = arg.substring(0, comma).toInt(); int high = arg.substring(comma + 1).toInt(); return low < high ? 0 : -1; }", "fields(,):integer low|integer high")]
    [InlineData("int handler(String arg) { int at = arg.indexOf(\":\"); String name = arg.substring(0, at); float value = arg.substring(at + 1).toFloat(); return 0; }", "fields(:):text name|number value")]
    [InlineData("int handler(String arg) { char buf[64]; arg.toCharArray(buf, sizeof(buf)); int r = atoi(strtok(buf, \",\")); int g = atoi(strtok(NULL, \",\")); int b = atoi(strtok(NULL, \",\")); return 0; }", "fields(,):integer r|integer g|integer b")]
    [InlineData("int handler(String arg) { char buf[64]; strncpy(buf, arg.c_str(), 63); char* t = strtok(buf, \"/\"); int hours = atoi(t); t = strtok(NULL, \"/\"); int minutes = atoi(t); return 0; }", "fields(/):integer hours|integer minutes")]
    // JSON.
    [InlineData("int handler(String arg) { JSONValue obj = JSONValue::parseCopy(arg.c_str()); JSONObjectIterator it(obj); while (it.next()) { if (it.name() == \"threshold\") { threshold = it.value().toInt(); } else if (it.name() == \"mode\") { mode = it.value().toString().data(); } } return 0; }", "json:integer threshold|text mode")]
    [InlineData("int handler(String arg) { Variant v = Variant::fromJSON(arg.c_str()); int interval = v.get(\"interval\").toInt(); double gain = v.get(\"gain\").toDouble(); bool on = v.get(\"enabled\").toBool(); return 0; }", "json:integer interval|number gain|boolean enabled")]
    // No argument used.
    [InlineData("int handler(String arg) { System.reset(); return 0; }", "none")]
    [InlineData("int handler(String) { return 0; }", "text")]
    public void Grammar_of_each_form(string handler, string expected)
    {
        var contract = Infer(handler);
        Assert.Equal(expected, Describe(contract.Grammar));
    }

    [Theory]
    // A comparison or parse of a different variable says nothing about the argument.
    [InlineData("String mode; int handler(String arg) { if (mode == \"on\") return 1; Serial.println(arg); return 0; }")]
    [InlineData("String other; int handler(String arg) { int v = other.toInt(); Serial.println(arg); return v; }")]
    [InlineData("int handler(String arg) { char buf[8] = \"1,2\"; int a, b; sscanf(buf, \"%d,%d\", &a, &b); Serial.println(arg); return a; }")]
    [InlineData("int handler(String arg) { JSONValue obj = JSONValue::parseCopy(\"{}\"); Serial.println(arg); return 0; }")]
    // Unsure forms fall back to string, with a reason.
    [InlineData("int handler(String arg) { if (arg.startsWith(\"set\")) return 1; return 0; }")]
    [InlineData("int handler(String arg) { if (arg == \"auto\") return 0; return arg.toInt(); }")]
    [InlineData("int handler(String arg) { char b[32]; arg.toCharArray(b, 32); char* t = strtok(b, \",\"); while (t != NULL) { use(atoi(t)); t = strtok(NULL, \",\"); } return 0; }")]
    [InlineData("int handler(String arg) { char s[16]; int n; sscanf(arg.c_str(), \"%s %d\", s, &n); return n; }")]
    [InlineData("int handler(String arg) { JSONValue obj = JSONValue::parseCopy(arg.c_str()); return obj.isValid() ? 0 : -1; }")]
    [InlineData("int handler(String arg) { Serial.println(arg); return 0; }")]
    public void Negatives_fall_back_to_string_with_a_reason(string handler)
    {
        var contract = Infer(handler);
        Assert.Equal("text", Describe(contract.Grammar));
        Assert.False(string.IsNullOrEmpty(contract.Grammar.Reason));
    }

    [Fact]
    public void Opt_out_comment_keeps_string()
    {
        var contract = Infer("// @particle-arg string\nint handler(String arg) { return arg.toInt(); }");
        Assert.Equal("text", Describe(contract.Grammar));
        Assert.Contains("@particle-arg", contract.Grammar.Reason);

        var inBody = Infer("int handler(String arg) {\n    // @particle-arg string\n    return arg.toInt();\n}");
        Assert.Equal("text", Describe(inBody.Grammar));
    }

    [Fact]
    public void Lambda_member_and_helper_handlers()
    {
        Assert.Equal("words:up|down", Describe(Infer("", "Particle.function(\"f\", [](String a) { if (a == \"up\") return 1; if (a == \"down\") return 2; return -1; });").Grammar));

        var member = "class Vent {\npublic:\n    int set(String position);\n    void begin();\n};\nVent vent;\nint Vent::set(String position) {\n    if (position == \"open\") return 1;\n    if (position == \"closed\") return 0;\n    return -1;\n}\n";
        Assert.Equal("words:open|closed", Describe(Infer(member, "Particle.function(\"vent\", &Vent::set, &vent);").Grammar));

        var helper = "int apply(String value) { return value.toInt(); }\nint handler(String arg) { return apply(arg); }\n";
        var contract = Infer(helper);
        Assert.Equal("int", Describe(contract.Grammar));
        Assert.Empty(contract.ReturnCodes);

        var lambdaToHelper = "int setLevel(const String& text) { int v = atoi(text.c_str()); level = v; return 0; }\n";
        Assert.Equal("int", Describe(Infer(lambdaToHelper, "Particle.function(\"f\", [](String a) { return setLevel(a); });").Grammar));
    }

    [Fact]
    public void Handler_in_another_file_of_the_project()
    {
        var contract = Contract(
            "#include \"handlers.h\"\nvoid setup() {\n    Particle.function(\"mode\", setMode);\n}\n",
            ("proj/src/handlers.h", "int setMode(String mode);\n"),
            ("proj/src/handlers.cpp", "int setMode(String mode) {\n    if (mode == \"eco\") return 1;\n    if (mode == \"boost\") return 2;\n    return -1;\n}\n"));
        var function = Assert.Single(contract.FunctionArguments);
        Assert.Equal("words:eco|boost", Describe(function.Grammar));
        Assert.Equal("proj/src/handlers.cpp", function.File);
        Assert.Equal(new[] { 2, 3 }, function.Grammar.Lines.ToArray());
    }

    [Fact]
    public void Inactive_preprocessor_lines_are_not_read()
    {
        var contract = Infer("int handler(String arg) {\n#if 0\n    if (arg == \"never\") return 9;\n#endif\n    return arg.toInt();\n}");
        Assert.Equal("int", Describe(contract.Grammar));
    }

    [Fact]
    public void Unknown_handler_body_is_string()
    {
        var contract = Infer("int handler(String arg);");
        Assert.Equal("text", Describe(contract.Grammar));
        Assert.Null(contract.File);
    }
}
