using System.Globalization;
using ParticleContracts.Simulator.Tests.Client;

namespace ParticleContracts.Simulator.Tests.Functions;

/// <summary>
/// Devices built from firmware validate function arguments against the grammar inferred from the handler body:
/// the C# encoder's output reaches the handler's success code, anything else its failure code (round trip: encoder →
/// the firmware's parsing rules as the simulator applies them).
/// </summary>
public sealed class FunctionArgumentSimulationTests : IDisposable
{
    private const string Vent = """
        #define VENT_OK 0
        #define VENT_BAD -1

        int setVent(String position) {
            if (position == "open") return VENT_OK;
            else if (position == "closed") return VENT_OK;
            return VENT_BAD;
        }

        int setColor(String rgb) {
            int r, g, b;
            if (sscanf(rgb.c_str(), "%d,%d,%d", &r, &g, &b) != 3) return -1;
            return 1;
        }

        int setGain(String value) {
            double gain = value.toFloat();
            if (gain <= 0) return -2;
            return 0;
        }

        int configure(String json) {
            Variant v = Variant::fromJSON(json.c_str());
            if (!v.isMap()) return -1;
            int threshold = v.get("threshold").toInt();
            String mode = v.get("mode").toString();
            return 0;
        }

        int reboot(String arg) { return 0; }

        int led(String arg) { return arg == "on" ? 1 : 0; }

        void setup() {
            Particle.function("setVent", setVent);
            Particle.function("setColor", setColor);
            Particle.function("setGain", setGain);
            Particle.function("configure", configure);
            Particle.function("reboot", reboot);
            Particle.function("led", led);
        }
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "particle-contracts-fa-tests", Guid.NewGuid().ToString("N"));

    public FunctionArgumentSimulationTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "vent", "src"));
        File.WriteAllText(Path.Combine(_root, "vent", "project.properties"), "name=vent\n");
        File.WriteAllText(Path.Combine(_root, "vent", "src", "vent.cpp"), Vent);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<int> CallAsync(ParticleCloudSimulator sim, string function, string argument)
    {
        var client = ClientFactory.Create(sim);
        var result = await client.CallFunctionAsync("vent", function, argument);
        return result.ReturnValue;
    }

    [Fact]
    public async Task Encoded_arguments_get_the_success_code_and_bad_input_the_failure_code()
    {
        await using var sim = await ParticleCloudSimulator.StartAsync();
        sim.AddDevicesFromFirmware(_root);

        Assert.Equal(0, await CallAsync(sim, "setVent", "open"));
        Assert.Equal(0, await CallAsync(sim, "setVent", "closed"));
        Assert.Equal(-1, await CallAsync(sim, "setVent", "opne"));
        Assert.Equal(-1, await CallAsync(sim, "setVent", "OPEN"));

        Assert.Equal(1, await CallAsync(sim, "setColor", ParticleFunctionArguments.Fields(",", ParticleFunctionArguments.WholeNumber(255), ParticleFunctionArguments.WholeNumber(0), ParticleFunctionArguments.WholeNumber(-3))));
        Assert.Equal(-1, await CallAsync(sim, "setColor", "255,0"));
        Assert.Equal(-1, await CallAsync(sim, "setColor", "255,red,0"));

        Assert.Equal(0, await CallAsync(sim, "configure", ParticleFunctionArguments.Json(ParticleJsonArgument.WholeNumber("threshold", 5), ParticleJsonArgument.Text("mode", "eco \"night\""))));
        Assert.Equal(-1, await CallAsync(sim, "configure", "threshold=5"));
        Assert.Equal(-1, await CallAsync(sim, "configure", """{"threshold":"five"}"""));
    }

    [Fact]
    public async Task Numbers_from_the_encoder_pass_in_any_culture_and_culture_formatted_numbers_fail()
    {
        await using var sim = await ParticleCloudSimulator.StartAsync();
        sim.AddDevicesFromFirmware(_root);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(0, await CallAsync(sim, "setGain", ParticleFunctionArguments.Number(1.5)));
            Assert.Equal(-2, await CallAsync(sim, "setGain", 1.5.ToString(CultureInfo.CurrentCulture)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task Handlers_without_an_evident_failure_path_keep_the_default_result()
    {
        await using var sim = await ParticleCloudSimulator.StartAsync();
        sim.AddDevicesFromFirmware(_root);

        Assert.Equal(1, await CallAsync(sim, "led", "off"));
        Assert.Equal(1, await CallAsync(sim, "reboot", "anything"));
    }
}
