using System.Text.Json.Serialization;

namespace ParticleContracts.Tests.Ledgers;

public sealed record TestConfig(int Threshold, bool Enabled, string? Label = null);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TestConfig))]
[JsonSerializable(typeof(int))]
internal sealed partial class LedgerTestJson : JsonSerializerContext;
