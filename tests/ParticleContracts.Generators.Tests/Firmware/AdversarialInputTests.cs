using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Generators.Tests.Firmware;

/// <summary>
/// Time and memory stay linear in the input on hostile input, every recursive descent has a depth bound with a
/// diagnostic beyond it, and nothing overflows a small stack. Bounds are generous (a shared, noisy machine) yet far
/// below what a quadratic reader needs: 20,000 unclosed calls took minutes and gigabytes before.
/// </summary>
public sealed class AdversarialInputTests
{
    /// <summary>
    /// Allocation per input byte allowed on any input. Typical firmware costs about 2–4; text made only of one-character
    /// tokens costs more (each token is a 20-byte record while its statement is open), but never grows with the size.
    /// </summary>
    private const double MaxBytesPerInputByte = 200;

    /// <summary>
    /// Reads the input at a quarter size and at full size: time and allocation must grow about as the input does (a
    /// quadratic reader grows 16 times), and stay under generous absolute bounds.
    /// </summary>
    private static void AssertLinear(Func<int, string> make, int size, double seconds = 20)
    {
        var small = make(size / 4);
        var large = make(size);
        var (_, smallElapsed, smallAllocated) = AdversarialInputs.Parse(small);
        var (model, elapsed, allocated) = AdversarialInputs.Parse(large);
        Assert.DoesNotContain(model.Diagnostics, d => d.Id == DiagnosticIds.ReaderInternalError);
        Assert.True(elapsed < TimeSpan.FromSeconds(seconds), $"took {elapsed.TotalSeconds:F1} s for {large.Length:N0} chars");
        var perByte = allocated / (double)large.Length;
        var smallPerByte = smallAllocated / (double)small.Length;
        Assert.True(perByte <= MaxBytesPerInputByte, $"allocated {perByte:F1} bytes per input byte ({allocated:N0} for {large.Length:N0} chars)");
        Assert.True(perByte <= (2 * smallPerByte) + 1, $"allocation per input byte grew from {smallPerByte:F1} to {perByte:F1} when the input grew 4 times");
        Assert.True(elapsed.TotalMilliseconds <= (12 * smallElapsed.TotalMilliseconds) + 1000, $"time grew from {smallElapsed.TotalMilliseconds:F0} ms to {elapsed.TotalMilliseconds:F0} ms when the input grew 4 times");
    }

    [Fact]
    public void Thousands_of_unclosed_registration_calls_are_read_in_linear_time_and_memory()
        => AssertLinear(AdversarialInputs.UnclosedCalls, 20_000);

    [Fact]
    public void Unbalanced_brackets_are_read_in_linear_time_and_memory()
        => AssertLinear(AdversarialInputs.UnbalancedBrackets, 60_000);

    [Fact]
    public void Nested_parentheses_in_a_registration_are_read_in_linear_time_and_memory()
        => AssertLinear(AdversarialInputs.NestedParenthesesInRegistration, 100_000);

    [Fact]
    public void Nested_registration_calls_are_read_in_linear_time_and_memory()
        => AssertLinear(AdversarialInputs.NestedRegistrationCalls, 20_000);

    [Fact]
    public void Ten_thousand_nested_conditionals_are_read_in_linear_time_and_memory()
        => AssertLinear(AdversarialInputs.NestedConditionals, 10_000);

    [Fact]
    public void One_twenty_megabyte_line_is_read_in_linear_time_and_memory()
        => AssertLinear(AdversarialInputs.OneLine, 20_000_000, seconds: 180);

    [Fact]
    public void A_realistic_twenty_megabyte_file_is_read_in_linear_time_and_memory()
        => AssertLinear(AdversarialInputs.Realistic, 20_000_000, seconds: 180);

    [Fact]
    public void A_realistic_file_allocates_little_per_byte()
    {
        var text = AdversarialInputs.Realistic(2_000_000);
        var (_, _, allocated) = AdversarialInputs.Parse(text);
        Assert.True(allocated / (double)text.Length <= 16, $"allocated {allocated / (double)text.Length:F1} bytes per input byte");
    }

    [Fact]
    public void A_registration_with_a_missing_parenthesis_gets_its_own_diagnostic()
    {
        var contract = AdversarialInputs.Read("int x;\nvoid setup() {\n    Particle.variable(\"x\", x;\n}\n");
        var diagnostic = Assert.Single(contract.Diagnostics);
        Assert.Equal(DiagnosticIds.UnclosedRegistrationCall, diagnostic.Id);
        Assert.Contains("Particle.variable(", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("no closing ')'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal((3, 5), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Empty(contract.Registrations);
    }

    [Fact]
    public void A_closed_registration_after_an_unclosed_one_is_still_read()
    {
        var contract = AdversarialInputs.Read("int x, y;\nvoid setup() {\n    Particle.variable(\"x\", x;\n    Particle.variable(\"y\", y);\n}\n");
        Assert.Contains(contract.Diagnostics, d => d.Id == DiagnosticIds.UnclosedRegistrationCall);
        Assert.DoesNotContain(contract.Diagnostics, d => d.Id == DiagnosticIds.UnresolvedVariableType);
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal("y", registration.Name);
    }

    [Theory]
    [InlineData(20_000)]
    [InlineData(100_000)]
    public void Deep_parentheses_in_an_if_get_a_depth_diagnostic_on_a_small_stack(int depth)
    {
        var contract = AdversarialInputs.Read(AdversarialInputs.NestedParenthesesInIf(depth));
        var diagnostic = Assert.Single(contract.Diagnostics, d => d.Id == DiagnosticIds.NestingTooDeep);
        Assert.Contains("#if", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(2, diagnostic.Location.Line);
    }

    [Theory]
    [InlineData("!")]
    [InlineData("-")]
    [InlineData("~")]
    [InlineData("+")]
    public void Deep_unary_operators_in_an_if_get_a_depth_diagnostic_on_a_small_stack(string op)
    {
        var text = "#if " + string.Concat(Enumerable.Repeat(op + " ", 50_000)) + "1\nint x;\n#endif\n";
        var contract = AdversarialInputs.Read(text);
        Assert.Contains(contract.Diagnostics, d => d.Id == DiagnosticIds.NestingTooDeep);
    }

    [Fact]
    public void Deep_conditional_operators_in_an_if_get_a_depth_diagnostic_on_a_small_stack()
    {
        var text = "#if " + string.Concat(Enumerable.Repeat("1 ? ", 50_000)) + "1" + string.Concat(Enumerable.Repeat(" : 0", 50_000)) + "\n#endif\n";
        var contract = AdversarialInputs.Read(text);
        Assert.Contains(contract.Diagnostics, d => d.Id == DiagnosticIds.NestingTooDeep);
    }

    [Fact]
    public void Deep_macro_chains_in_an_if_stay_on_a_small_stack()
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < 2_000; i++)
        {
            builder.Append("#define M").Append(i).Append(" (((((M").Append(i + 1).Append(")))))\n");
        }

        builder.Append("#define M2000 1\n#if M0\nint x;\n#endif\n");
        AdversarialInputs.Read(builder.ToString());
    }

    [Fact]
    public void Macros_that_fan_out_in_an_if_stop_at_the_expansion_budget()
    {
        // M0 expands to four M1, each to four M2, ...: 4^16 expansions without a budget.
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < 16; i++)
        {
            builder.Append("#define M").Append(i).Append(" (M").Append(i + 1).Append(" + M").Append(i + 1).Append(" + M").Append(i + 1).Append(" + M").Append(i + 1).Append(")\n");
        }

        builder.Append("#define M16 1\n#if M0\nint x;\n#endif\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var contract = AdversarialInputs.Read(builder.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed.TotalSeconds:F1} s");
        Assert.Contains(contract.Diagnostics, d => d.Id == DiagnosticIds.NestingTooDeep);
    }

    [Fact]
    public void Macros_that_fan_out_in_a_name_stop_at_the_expansion_budget()
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < 8; i++)
        {
            // N0 expands to ten N1, each to ten N2, ...: 10^8 expansions without a budget.
            builder.Append("#define N").Append(i).Append(string.Concat(Enumerable.Repeat(" N" + (i + 1), 10))).Append('\n');
        }

        builder.Append("#define N8 \"n\"\nint x;\nvoid setup() { Particle.variable(N0, x); }\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var contract = AdversarialInputs.Read(builder.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed.TotalSeconds:F1} s");
        Assert.Contains(contract.Diagnostics, d => d.Id == DiagnosticIds.NameNotConstant);
    }

    [Theory]
    [InlineData(20_000)]
    [InlineData(100_000)]
    public void Deep_parentheses_in_a_registration_resolve_on_a_small_stack(int depth)
    {
        var contract = AdversarialInputs.Read(AdversarialInputs.NestedParenthesesInRegistration(depth));
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal("int", registration.CppType);
    }

    [Fact]
    public void Nested_conditionals_beyond_the_limit_get_a_depth_diagnostic()
    {
        var contract = AdversarialInputs.Read(AdversarialInputs.NestedConditionals(10_000));
        var diagnostic = Assert.Single(contract.Diagnostics, d => d.Id == DiagnosticIds.NestingTooDeep);
        Assert.Contains("#if", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registration_calls_nested_in_registration_arguments_get_a_depth_diagnostic()
    {
        var (model, _, _) = AdversarialInputs.Parse(AdversarialInputs.NestedRegistrationCalls(20_000));
        Assert.Contains(model.Diagnostics, d => d.Id == DiagnosticIds.NestingTooDeep);
        Assert.Equal(8, model.Sites.Count);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Old_mac_line_endings_keep_defines_and_line_numbers(string newline)
    {
        var text = string.Join(newline, "#define NAME \"temp\"", "double t;", "void setup() {", "    Particle.variable(NAME, t);", "}", string.Empty);
        var contract = AdversarialInputs.Read(text);
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal("temp", registration.Name);
        Assert.Equal(4, registration.Location.Line);
        Assert.Equal(5, registration.Location.Column);
        Assert.Empty(contract.Diagnostics);
    }

    [Fact]
    public void Old_mac_line_endings_end_line_comments_and_directives()
    {
        var text = "// a comment\rint x;\r#if 0\rint hidden;\r#endif\rvoid setup() { Particle.variable(\"x\", x); }\r";
        var contract = AdversarialInputs.Read(text);
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal("int", registration.CppType);
        Assert.Equal(6, registration.Location.Line);
    }
}
