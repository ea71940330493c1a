using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Declarations;
using ParticleContracts.Generators.Firmware.Lexing;
using ParticleContracts.Generators.Firmware.Preprocessor;

namespace ParticleContracts.Generators.Firmware.Resolution;

/// <summary>Why a C++ type does not map cleanly to a cloud type.</summary>
internal enum CloudTypeProblem
{
    None,

    /// <summary><c>float</c> by reference: Device OS rejects it.</summary>
    FloatByReference,

    /// <summary>A type that only converts to int (binds a temporary when registered by reference).</summary>
    BindsTemporary,

    /// <summary>No cloud type at all.</summary>
    Unsupported,
}

/// <summary>
/// The C++ → cloud type rules of Device OS for variables registered by reference and for calculated variables. Input types are alias-expanded.
/// </summary>
internal static class CloudTypeRules
{
    /// <summary>Maps the type of a variable registered by reference.</summary>
    public static CloudType ForReference(string type, ProjectSymbols symbols, out CloudTypeProblem problem)
    {
        problem = CloudTypeProblem.None;
        var shape = CppTypeShape.Parse(type);
        var baseType = NormalizeBase(shape.Base);
        if (shape.IsArray)
        {
            if (shape.PointerDepth == 0 && IsCharLike(baseType))
            {
                return CloudType.String;
            }

            problem = CloudTypeProblem.Unsupported;
            return CloudType.None;
        }

        if (shape.PointerDepth == 1)
        {
            if (IsCharLike(baseType))
            {
                return CloudType.String;
            }

            problem = CloudTypeProblem.Unsupported;
            return CloudType.None;
        }

        if (shape.PointerDepth > 1)
        {
            problem = CloudTypeProblem.Unsupported;
            return CloudType.None;
        }

        switch (baseType)
        {
            case "bool":
                return CloudType.Bool;
            case "int":
            case "signed":
            case "signed int":
            case "int32_t":
            case "uint32_t":
            case "long":
            case "long int":
            case "signed long":
            case "unsigned long":
            case "unsigned long int":
                return CloudType.Int32;
            case "double":
                return CloudType.Double;
            case "float":
                problem = CloudTypeProblem.FloatByReference;
                return CloudType.None;
            case "String":
                return CloudType.String;
        }

        if (IsSmallInteger(baseType) || symbols.IsEnum(baseType))
        {
            problem = CloudTypeProblem.BindsTemporary;
            return CloudType.Int32;
        }

        problem = CloudTypeProblem.Unsupported;
        return CloudType.None;
    }

    /// <summary>Maps the return type of a calculated variable's callable.</summary>
    public static CloudType ForCalculated(string type, out CloudTypeProblem problem)
    {
        problem = CloudTypeProblem.None;
        var shape = CppTypeShape.Parse(type);
        var baseType = NormalizeBase(shape.Base);
        if (shape.IsArray || shape.PointerDepth > 1)
        {
            problem = CloudTypeProblem.Unsupported;
            return CloudType.None;
        }

        if (shape.PointerDepth == 1)
        {
            if (baseType == "char")
            {
                return CloudType.String;
            }

            problem = CloudTypeProblem.Unsupported;
            return CloudType.None;
        }

        switch (baseType)
        {
            case "bool":
                return CloudType.Bool;
            case "float":
            case "double":
                return CloudType.Double;
            case "String":
                return CloudType.String;
        }

        if (IsSmallInteger(baseType) || IsInt32(baseType))
        {
            return CloudType.Int32;
        }

        problem = CloudTypeProblem.Unsupported;
        return CloudType.None;
    }

    /// <summary>Maps a legacy type tag (<c>INT</c>, <c>DOUBLE</c>, <c>STRING</c>, <c>BOOLEAN</c>).</summary>
    public static CloudType ForLegacyTag(string tag) => ProjectSymbols.StripQualifier(tag) switch
    {
        "INT" => CloudType.Int32,
        "DOUBLE" => CloudType.Double,
        "STRING" => CloudType.String,
        "BOOLEAN" => CloudType.Bool,
        _ => CloudType.None,
    };

    public static string NormalizeBase(string baseType)
    {
        if (baseType.StartsWith("std::", System.StringComparison.Ordinal) && (baseType.EndsWith("_t", System.StringComparison.Ordinal)))
        {
            return baseType.Substring(5);
        }

        return baseType switch
        {
            "unsigned" => "unsigned int",
            "short int" => "short",
            "signed short" => "short",
            "unsigned short int" => "unsigned short",
            _ => baseType,
        };
    }

    public static bool IsCharLike(string baseType) => baseType is "char" or "unsigned char" or "signed char" or "uint8_t" or "int8_t" or "byte";

    public static bool IsInt32(string baseType) => baseType is "int" or "signed" or "signed int" or "int32_t" or "uint32_t" or "long" or "long int"
        or "signed long" or "unsigned long" or "unsigned long int" or "unsigned int" or "size_t" or "system_tick_t";

    public static bool IsSmallInteger(string baseType) => baseType is "char" or "signed char" or "unsigned char" or "int8_t" or "uint8_t"
        or "int16_t" or "uint16_t" or "short" or "unsigned short" or "byte" or "word";
}
