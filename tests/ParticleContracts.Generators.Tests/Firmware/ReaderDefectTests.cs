using ParticleContracts.Generators.Diagnostics;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Firmware;

/// <summary>Messages and forms the reader used to get wrong.</summary>
public sealed class ReaderDefectTests
{
    [Fact]
    public void Invalid_name_characters_are_all_named()
    {
        var contract = Contract(InSetup("int a;", "Particle.variable(\"temp.out side#1.\", a);"));
        var diagnostic = Assert.Single(contract.Diagnostics, d => d.Id == DiagnosticIds.InvalidNameCharacters);
        Assert.Contains("contains '.', U+0020 and '#';", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_invalid_name_character_is_quoted()
    {
        var contract = Contract(InSetup("int a;", "Particle.variable(\"temp.out\", a);"));
        var diagnostic = Assert.Single(contract.Diagnostics, d => d.Id == DiagnosticIds.InvalidNameCharacters);
        Assert.Contains("contains '.';", diagnostic.Message, StringComparison.Ordinal);
    }
}
