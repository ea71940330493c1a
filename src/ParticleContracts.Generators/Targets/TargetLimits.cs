namespace ParticleContracts.Generators.Targets;

/// <summary>Every target-dependent limit of one <see cref="ParticleTarget"/>, read from <see cref="TargetLimitTable"/>.</summary>
/// <param name="NameBytes">Variable and function names, UTF-8 bytes.</param>
/// <param name="VariableValueBytes">String variable values, UTF-8 bytes.</param>
/// <param name="FunctionArgumentBytes">Function arguments, UTF-8 bytes.</param>
/// <param name="EventNameBytes">Event names, bytes.</param>
/// <param name="EventDataBytes">Classic publish data, bytes.</param>
/// <param name="CloudEventDataBytes"><c>CloudEvent</c> data, bytes; null before 6.3.0.</param>
/// <param name="MaxVariables">Registered variables; null when no fixed count applies.</param>
/// <param name="MaxFunctions">Registered functions; null when no fixed count applies.</param>
internal sealed record TargetLimits(
    int NameBytes,
    int VariableValueBytes,
    int FunctionArgumentBytes,
    int EventNameBytes,
    int EventDataBytes,
    int? CloudEventDataBytes,
    int? MaxVariables,
    int? MaxFunctions)
{
    /// <summary>The limits of <paramref name="target"/>.</summary>
    public static TargetLimits For(ParticleTarget target) =>
        new(
            Value(LimitKind.NameBytes, target)!.Value,
            Value(LimitKind.VariableValueBytes, target)!.Value,
            Value(LimitKind.FunctionArgumentBytes, target)!.Value,
            Value(LimitKind.EventNameBytes, target)!.Value,
            Value(LimitKind.EventDataBytes, target)!.Value,
            Value(LimitKind.CloudEventDataBytes, target),
            Value(LimitKind.MaxVariables, target),
            Value(LimitKind.MaxFunctions, target));

    private static int? Value(LimitKind kind, ParticleTarget target) => TargetLimitTable.Lookup(kind, target).Value;
}
