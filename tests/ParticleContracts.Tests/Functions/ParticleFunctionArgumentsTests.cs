using System.Globalization;
using System.Net;
using System.Text.Json;
using ParticleContracts.Tests.Infrastructure;

namespace ParticleContracts.Tests.Functions;

/// <summary>The argument encoder behind generated typed function members: culture, escaping, separators, limits.</summary>
public sealed class ParticleFunctionArgumentsTests
{
    private const string FunctionJson = """{"id":"0123456789abcdef01234567","connected":true,"return_value":-1}""";

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    [InlineData("")]
    public void Numbers_are_written_in_the_invariant_culture_whatever_the_current_culture(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal("1.5", ParticleFunctionArguments.Number(1.5));
            Assert.Equal("-0.001", ParticleFunctionArguments.Number(-0.001));
            Assert.Equal("-1234567", ParticleFunctionArguments.WholeNumber(-1234567));
            Assert.Equal("1.5,2.25", ParticleFunctionArguments.Fields(",", ParticleFunctionArguments.Number(1.5), ParticleFunctionArguments.Number(2.25)));
            Assert.Equal("""{"gain":1.5,"n":-3}""", ParticleFunctionArguments.Json(ParticleJsonArgument.Number("gain", 1.5), ParticleJsonArgument.WholeNumber("n", -3)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(1e-7)]
    [InlineData(123456789.123)]
    [InlineData(double.MaxValue)]
    public void Numbers_read_back_as_the_same_value(double value)
    {
        Assert.Equal(value, double.Parse(ParticleFunctionArguments.Number(value), CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_numbers_are_refused(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ParticleFunctionArguments.Number(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParticleFunctionArguments.Json(ParticleJsonArgument.Number("x", value)));
    }

    [Fact]
    public void Fields_are_joined_and_a_field_holding_the_separator_is_refused()
    {
        Assert.Equal("255,0,0", ParticleFunctionArguments.Fields(",", "255", "0", "0"));
        Assert.Equal("a::b", ParticleFunctionArguments.Fields("::", "a", "b"));
        var error = Assert.Throws<ArgumentException>(() => ParticleFunctionArguments.Fields(",", "a,b", "c"));
        Assert.Contains("Field 1 contains the separator ','", error.Message, StringComparison.Ordinal);
        Assert.Equal("1,0", ParticleFunctionArguments.Fields(",", ParticleFunctionArguments.Boolean(true), ParticleFunctionArguments.Boolean(false)));
    }

    [Fact]
    public void Json_escapes_keys_and_values_and_keeps_field_order()
    {
        var json = ParticleFunctionArguments.Json(
            ParticleJsonArgument.Text("mode", "say \"hi\"\\\n"),
            ParticleJsonArgument.Text("we\"ird", "café"),
            ParticleJsonArgument.Boolean("on", true),
            ParticleJsonArgument.Text("none", null));

        Assert.Equal("{\"mode\":\"say \\\"hi\\\"\\\\\\n\",\"we\\\"ird\":\"café\",\"on\":true,\"none\":null}", json);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("say \"hi\"\\\n", document.RootElement.GetProperty("mode").GetString());
        Assert.Equal("café", document.RootElement.GetProperty("we\"ird").GetString());
    }

    [Fact]
    public async Task A_typed_call_over_the_limit_throws_before_sending_and_counts_utf8_bytes()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, FunctionJson);
        var client = TestClients.Create(handler);
        var argument = ParticleFunctionArguments.Json(ParticleJsonArgument.Text("t", "ééé"));

        var error = await Assert.ThrowsAsync<ParticleArgumentTooLongException>(
            () => ParticleFunctionCalls.CallAsync(client, TestClients.DeviceId, "configure", argument, 13, value => value, CancellationToken.None));

        Assert.Equal(14, error.ActualBytes);
        Assert.Empty(handler.Requests);
        Assert.Equal(-1, await ParticleFunctionCalls.CallAsync(client, TestClients.DeviceId, "configure", argument, 14, value => value, CancellationToken.None));
        Assert.Single(handler.Requests);
    }
}
