using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Firmware.Events;

/// <summary>The JSON type a C++ value is written as (Device OS is 32-bit: <c>long</c> is 32 bits, unsigned 32-bit values need a C# <c>long</c>).</summary>
internal static class CppFieldTypes
{
    /// <summary>The field type of <paramref name="cppType"/>; any JSON when unknown.</summary>
    public static EventFieldType Of(string? cppType)
    {
        if (cppType is null)
        {
            return EventFieldType.Json;
        }

        var type = BareType(cppType);
        var last = type.Length == 0 ? ' ' : type[type.Length - 1];
        if (last is '*' or ']')
        {
            return type.StartsWith("char", System.StringComparison.Ordinal) ? EventFieldType.String : EventFieldType.Json;
        }

        return type switch
        {
            "bool" => EventFieldType.Bool,
            "float" or "double" => EventFieldType.Double,
            "int" or "int8_t" or "int16_t" or "int32_t" or "short" or "long" or "long int" or "signed" or "signed int"
                or "uint8_t" or "uint16_t" or "unsigned char" or "unsigned short" or "byte" or "char" or "signed char" => EventFieldType.Int32,
            "int64_t" or "long long" or "uint32_t" or "uint64_t" or "unsigned" or "unsigned int" or "unsigned long" or "unsigned long long"
                or "size_t" or "system_tick_t" or "time_t" or "time32_t" => EventFieldType.Int64,
            "String" or "std::string" => EventFieldType.String,
            _ => EventFieldType.Json,
        };
    }

    /// <summary><paramref name="cppType"/> without <c>const</c>, <c>volatile</c>, <c>static</c>, references and outer spaces.</summary>
    public static string BareType(string cppType)
    {
        var type = cppType.Replace("const ", string.Empty).Replace("volatile ", string.Empty).Replace("static ", string.Empty).Replace("&", string.Empty).Trim();
        return type.EndsWith(" const", System.StringComparison.Ordinal) ? type.Substring(0, type.Length - 6).Trim() : type;
    }
}
