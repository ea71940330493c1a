using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Simulator;

/// <summary>The cloud type of a simulated variable; the wire names are <c>int32</c>, <c>double</c>, <c>bool</c> and <c>string</c>.</summary>
#pragma warning disable CA1720 // The members are named after the cloud types they stand for.
public enum SimulatedVariableType
{
    /// <summary><c>int32</c>: a C++ <c>int</c>.</summary>
    Int32,

    /// <summary><c>double</c>: a C++ <c>double</c>.</summary>
    Double,

    /// <summary><c>bool</c>: a C++ <c>bool</c>.</summary>
    Bool,

    /// <summary><c>string</c>: a C++ <c>String</c> or <c>char[]</c>.</summary>
    String,
}
#pragma warning restore CA1720

internal static class SimulatedVariableTypeNames
{
    public static string ToWireName(this SimulatedVariableType type) => type switch
    {
        SimulatedVariableType.Int32 => "int32",
        SimulatedVariableType.Double => "double",
        SimulatedVariableType.Bool => "bool",
        _ => "string",
    };

    /// <summary>The firmware contract's cloud type, which also decides the C# type generated proxies use.</summary>
    public static CloudType ToCloudType(this SimulatedVariableType type) => type switch
    {
        SimulatedVariableType.Int32 => CloudType.Int32,
        SimulatedVariableType.Double => CloudType.Double,
        SimulatedVariableType.Bool => CloudType.Bool,
        _ => CloudType.String,
    };

    /// <summary>The value a device built from a contract reports before anyone sets it.</summary>
    public static object DefaultValue(this SimulatedVariableType type) => type switch
    {
        SimulatedVariableType.Int32 => 0,
        SimulatedVariableType.Double => 0.0,
        SimulatedVariableType.Bool => false,
        _ => string.Empty,
    };

    public static SimulatedVariableType FromClrType(Type type)
    {
        if (type == typeof(int))
        {
            return SimulatedVariableType.Int32;
        }

        if (type == typeof(double))
        {
            return SimulatedVariableType.Double;
        }

        if (type == typeof(bool))
        {
            return SimulatedVariableType.Bool;
        }

        if (type == typeof(string))
        {
            return SimulatedVariableType.String;
        }

        throw new ArgumentException(
            $"A Particle variable is an int, double, bool or string; {type.Name} has no cloud type.", nameof(type));
    }
}
