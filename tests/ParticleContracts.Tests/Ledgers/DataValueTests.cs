using System.Text.Json.Nodes;

namespace ParticleContracts.Tests.Ledgers;

/// <summary>
/// The helpers generated ledger and environment records call: ledger values of another JSON type read as null (as the
/// device's Variant conversion fails), environment values use the firmware's exact encodings and decoders.
/// </summary>
public sealed class DataValueTests
{
    [Fact]
    public void Ledger_values_read_by_type_and_other_types_read_as_null()
    {
        var data = JsonNode.Parse("""{"i": 5, "d": 2.5, "b": true, "s": "x", "m": {"k": 1}, "a": [1], "big": 5000000000}""")!.AsObject();

        Assert.Equal(5, ParticleDataValues.GetInt32(data, "i"));
        Assert.Null(ParticleDataValues.GetInt32(data, "d"));
        Assert.Null(ParticleDataValues.GetInt32(data, "big"));
        Assert.Equal(5000000000L, ParticleDataValues.GetInt64(data, "big"));
        Assert.Equal(2.5, ParticleDataValues.GetDouble(data, "d"));
        Assert.True(ParticleDataValues.GetBoolean(data, "b"));
        Assert.Null(ParticleDataValues.GetBoolean(data, "s"));
        Assert.Equal("x", ParticleDataValues.GetString(data, "s"));
        Assert.Null(ParticleDataValues.GetString(data, "i"));
        Assert.Equal(1, ParticleDataValues.GetObject(data, "m")!["k"]!.GetValue<int>());
        Assert.Single(ParticleDataValues.GetArray(data, "a")!);
        Assert.Null(ParticleDataValues.GetInt32(data, "missing"));
    }

    [Fact]
    public void Set_leaves_null_values_out()
    {
        var data = new JsonObject();
        ParticleDataValues.Set(data, "a", JsonValue.Create((int?)null));
        ParticleDataValues.Set(data, "b", JsonValue.Create(3));

        Assert.Equal("""{"b":3}""", data.ToJsonString());
    }

    [Theory]
    [InlineData("30", 30)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("1.5", null)]
    [InlineData(" 3", null)]
    [InlineData("+3", null)]
    [InlineData("2147483648", null)]
    [InlineData("", null)]
    public void Environment_ints_decode_as_the_firmware_decodes_them(string text, int? expected) =>
        Assert.Equal(expected, ParticleDataValues.DecodeEnvironmentInt32(new Dictionary<string, string> { ["X"] = text }, "X"));

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("True", null)]
    [InlineData("1", null)]
    public void Environment_bools_decode_only_exactly_true_or_false(string text, bool? expected) =>
        Assert.Equal(expected, ParticleDataValues.DecodeEnvironmentBoolean(new Dictionary<string, string> { ["X"] = text }, "X"));

    [Fact]
    public void Environment_values_encode_with_the_firmware_encodings()
    {
        Assert.Equal("-7", ParticleDataValues.EncodeEnvironment((int?)-7));
        Assert.Equal("true", ParticleDataValues.EncodeEnvironment((bool?)true));
        Assert.Equal("false", ParticleDataValues.EncodeEnvironment((bool?)false));
        Assert.Null(ParticleDataValues.EncodeEnvironment((int?)null));
    }
}
