using System.Globalization;
using System.Text;

namespace ParticleContracts.Simulator.Cloud;

/// <summary>The cloud's size rules for a published event, shared by every route that publishes one.</summary>
internal static class EventLimits
{
    /// <summary>Why an event with this name and data cannot be published (the cloud's 400 message), or null when it can.</summary>
    public static string? Problem(ParticleSimulatorOptions options, string? name, string? data)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "Event name is required";
        }

        if (Encoding.UTF8.GetByteCount(name) > options.EventNameLimit)
        {
            return $"Event name is longer than {options.EventNameLimit.ToString(CultureInfo.InvariantCulture)} bytes";
        }

        if (data is not null && Encoding.UTF8.GetByteCount(data) > options.EventDataLimit)
        {
            return $"Event data is longer than {options.EventDataLimit.ToString(CultureInfo.InvariantCulture)} bytes";
        }

        return null;
    }
}
