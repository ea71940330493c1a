using System.Text.Json.Serialization;

namespace ParticleContracts.Serialization;

/// <summary>Source-generated metadata for every payload the client reads or writes (no reflection, trim/AOT safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(DeviceWire))]
[JsonSerializable(typeof(List<DeviceWire>))]
[JsonSerializable(typeof(ProductDevicesWire))]
[JsonSerializable(typeof(VariableWire))]
[JsonSerializable(typeof(FunctionCallWire))]
[JsonSerializable(typeof(PublishEventWire))]
[JsonSerializable(typeof(OkWire))]
[JsonSerializable(typeof(EventDataWire))]
[JsonSerializable(typeof(TokenWire))]
[JsonSerializable(typeof(TokenInfoWire))]
[JsonSerializable(typeof(ErrorWire))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(LedgerDefinitionWire))]
[JsonSerializable(typeof(LedgerDefinitionListWire))]
[JsonSerializable(typeof(LedgerDefinitionBodyWire))]
[JsonSerializable(typeof(LedgerInstanceWire))]
[JsonSerializable(typeof(LedgerInstanceListWire))]
[JsonSerializable(typeof(LedgerVersionListWire))]
[JsonSerializable(typeof(EnvironmentWire))]
[JsonSerializable(typeof(EnvironmentRenderWire))]
[JsonSerializable(typeof(EnvironmentRolloutWire))]
[JsonSerializable(typeof(EnvironmentRolloutStartWire))]
[JsonSerializable(typeof(EnvironmentPatchWire))]
[JsonSerializable(typeof(EnvironmentValueWire))]
[JsonSerializable(typeof(EnvironmentRolloutRequestWire))]
internal sealed partial class ParticleJsonContext : JsonSerializerContext;
