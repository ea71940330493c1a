using System.CommandLine;
using System.Globalization;

namespace ParticleContracts.Simulator;

/// <summary>
/// The standalone command's option for firmware devices' declared events: <c>--publish-every</c> publishes each one
/// on a schedule (<see cref="ParticleSimulatorOptions.DeclaredEventInterval"/>); without it they are published on demand only.
/// </summary>
internal sealed class EventOptions
{
    public EventOptions()
    {
        PublishEvery = new Option<TimeSpan?>("--publish-every")
        {
            Description = "Firmware devices publish each declared event with a sample payload this often: seconds, or a number with ms, s, m or h (default: on demand only).",
            CustomParser = result => LoadOptions.ParseDuration(result, "--publish-every"),
        };
    }

    public Option<TimeSpan?> PublishEvery { get; }

    /// <summary>Copies the given value onto <paramref name="options"/>; absent keeps publishing on demand.</summary>
    public void ApplyTo(ParseResult result, ParticleSimulatorOptions options) =>
        options.DeclaredEventInterval = result.GetValue(PublishEvery) ?? options.DeclaredEventInterval;

    /// <summary>A line for the start-up banner.</summary>
    public static string Describe(ParticleSimulatorOptions options) => options.DeclaredEventInterval is { } interval
        ? string.Create(CultureInfo.InvariantCulture, $"Declared events: published every {interval.TotalSeconds:0.###} s")
        : "Declared events: on demand";
}
