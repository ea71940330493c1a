using ParticleContracts.Generators.Firmware.Assembly;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Generators.Tests.Firmware;

public sealed class ContractNamingTests
{
    [Theory]
    [InlineData("weather-station", "WeatherStation")]
    [InlineData("analog_value", "AnalogValue")]
    [InlineData("analog-value", "AnalogValue")]
    [InlineData("analogValue", "AnalogValue")]
    [InlineData("AnalogValue", "AnalogValue")]
    [InlineData("LED_STATE", "LedState")]
    [InlineData("temp", "Temp")]
    [InlineData("temp2", "Temp2")]
    [InlineData("2fast", "_2fast")]
    [InlineData("my.device name", "MyDeviceName")]
    [InlineData("__x__", "X")]
    [InlineData("", "_")]
    [InlineData("---", "_")]
    [InlineData("class", "Class")]
    [InlineData("température", "Température")]
    public void ToIdentifier(string name, string expected) => Assert.Equal(expected, ContractNaming.ToIdentifier(name));

    [Theory]
    [InlineData("temp", "GetTempAsync", "TempAsync")]
    [InlineData("getTemp", "GetGetTempAsync", "GetTempAsync")]
    [InlineData("setColor", "GetSetColorAsync", "SetColorAsync")]
    [InlineData("2fast", "Get2fastAsync", "_2fastAsync")]
    public void Member_names(string cloudName, string variableMember, string functionMember)
    {
        Assert.Equal(variableMember, ContractNaming.VariableMemberName(cloudName));
        Assert.Equal(functionMember, ContractNaming.FunctionMemberName(cloudName));
    }

    [Fact]
    public void Reserved_member_names() => Assert.True(ContractNaming.IsReservedMemberName(ContractNaming.FunctionMemberName("verify")));
}
