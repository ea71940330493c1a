using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ParticleContracts.Cli.Export;

/// <summary>The Particle Cloud facts every export describes, written once.</summary>
internal static class ParticleRest
{
    public const string BaseUrl = "https://api.particle.io";

    /// <summary>The largest function argument in UTF-8 bytes on Gen 3 devices with Device OS 3.0 or later.</summary>
    public const int FunctionArgumentLimit = 1024;

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The device route of one cloud name below <c>/v1/devices/{deviceId}/</c>, escaped as the runtime client escapes it.</summary>
    public static string Segment(string name) => Uri.EscapeDataString(name);

    /// <summary>The route of a ledger's instances: <c>/v1/ledgers/{name}/instances</c>.</summary>
    public static string LedgerInstances(string ledger) => "/v1/ledgers/" + Segment(ledger) + "/instances";

    public static JsonObject ReturnValueSchema() => new()
    {
        ["type"] = "integer",
        ["minimum"] = int.MinValue,
        ["maximum"] = int.MaxValue,
        ["description"] = "The int the firmware function returned.",
    };

    public static string Serialize(JsonNode node) => node.ToJsonString(JsonOptions).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
}
