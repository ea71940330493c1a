using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Lock;

namespace ParticleContracts.Cli.Export;

/// <summary>One file an exporter produces: a name inside the output folder and its text.</summary>
internal sealed record ExportedFile(string Name, string Text);

/// <summary>What every exporter reads: the contracts as read from firmware and their wire shape.</summary>
/// <param name="Contracts">The contracts (registrations, diagnostics, files).</param>
/// <param name="Wire">The same contracts as lock entries (names, cloud types, product version), name order.</param>
internal sealed record ExportInput(ImmutableArray<DeviceContract> Contracts, ContractLock Wire);

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

    /// <summary>The JSON Schema of a cloud type's value (<c>int32</c> → a bounded integer).</summary>
    public static JsonObject ValueSchema(string? cloudType) => cloudType switch
    {
        "bool" => new JsonObject { ["type"] = "boolean" },
        "int32" => new JsonObject { ["type"] = "integer", ["minimum"] = int.MinValue, ["maximum"] = int.MaxValue },
        "double" => new JsonObject { ["type"] = "number" },
        "string" => new JsonObject { ["type"] = "string" },
        _ => new JsonObject(),
    };

    /// <summary>The function argument's schema (the byte limit is stated; JSON Schema counts characters).</summary>
    public static JsonObject ArgumentSchema() => new()
    {
        ["type"] = "string",
        ["maxLength"] = FunctionArgumentLimit,
        ["description"] = "The function argument; the device accepts at most 1024 UTF-8 bytes (864 on Gen 2).",
    };

    public static JsonObject ReturnValueSchema() => new()
    {
        ["type"] = "integer",
        ["minimum"] = int.MinValue,
        ["maximum"] = int.MaxValue,
        ["description"] = "The int the firmware function returned.",
    };

    /// <summary>The variables of a contract, name order.</summary>
    public static IEnumerable<LockedMember> Variables(LockedContract contract) =>
        contract.Members.AsImmutableArray().Where(static member => member.Section == LockSections.Variables.Name);

    /// <summary>The functions of a contract, name order.</summary>
    public static IEnumerable<LockedMember> Functions(LockedContract contract) =>
        contract.Members.AsImmutableArray().Where(static member => member.Section == LockSections.Functions.Name);

    public static string Serialize(JsonNode node) => node.ToJsonString(JsonOptions).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
}
