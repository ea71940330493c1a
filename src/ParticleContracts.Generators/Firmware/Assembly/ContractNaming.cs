using System.Collections.Generic;
using System.Text;

namespace ParticleContracts.Generators.Firmware.Assembly;

/// <summary>
/// The one place that turns cloud and folder names into C# identifiers, cloud names into proxy member names, and knows
/// which members every generated proxy already has (<see cref="ProxyMemberNames"/> applies the clash rules).
/// <c>weather-station</c> → <c>WeatherStation</c>; <c>analog_value</c>, <c>analog-value</c>, <c>analogValue</c> →
/// <c>AnalogValue</c>; <c>2fast</c> → <c>_2fast</c>. Deterministic and culture-invariant.
/// </summary>
internal static class ContractNaming
{
    /// <summary>
    /// Members every generated proxy has (<c>Emit/ProxyEmitter</c> writes them; <c>object</c> adds the rest); a cloud
    /// member mapping to one of these cannot be generated under its name.
    /// </summary>
    private static readonly HashSet<string> ReservedMemberNames = new(System.StringComparer.Ordinal)
    {
        "GetVariableAsync",
        "CallFunctionAsync",
        "VerifyAsync",
        "DeviceIdOrName",
        "Contract",
        "Create",
        "FunctionArgumentLimit",
        "Equals",
        "GetHashCode",
        "GetType",
        "ToString",
        "MemberwiseClone",
        "Finalize",
        "ReferenceEquals",
    };

    /// <summary>True for a member every generated proxy has (<c>GetVariableAsync</c>, <c>CallFunctionAsync</c>, <c>VerifyAsync</c>, ...).</summary>
    public static bool IsReservedMemberName(string memberName) => ReservedMemberNames.Contains(memberName);

    /// <summary>A PascalCase C# identifier for a cloud, folder or contract name.</summary>
    public static string ToIdentifier(string? name)
    {
        var pascal = ToPascalCase(name);
        if (pascal.Length == 0)
        {
            return "_";
        }

        return char.IsDigit(pascal[0]) ? "_" + pascal : pascal;
    }

    /// <summary>The proxy member that reads variable <paramref name="cloudName"/>: <c>temp</c> → <c>GetTempAsync</c>.</summary>
    public static string VariableMemberName(string cloudName) => "Get" + ToPascalCase(cloudName) + "Async";

    /// <summary>The proxy member that calls function <paramref name="cloudName"/>: <c>setColor</c> → <c>SetColorAsync</c>.</summary>
    public static string FunctionMemberName(string cloudName) => ToIdentifier(cloudName) + "Async";

    /// <summary>The typed stream of published event <paramref name="eventName"/>: <c>weather/reading</c> → <c>WeatherReadingEventsAsync</c>.</summary>
    public static string EventStreamMemberName(string eventName) => ToIdentifier(eventName) + "EventsAsync";

    /// <summary>The typed publisher for subscription <paramref name="prefix"/>: <c>setpoint</c> → <c>PublishSetpointAsync</c>.</summary>
    public static string EventPublisherMemberName(string prefix) => "Publish" + ToPascalCase(prefix) + "Async";

    /// <summary>The payload record of published event <paramref name="eventName"/>: <c>weather/reading</c> → <c>WeatherReadingPayload</c>.</summary>
    public static string EventPayloadTypeName(string eventName) => ToIdentifier(eventName) + "Payload";

    /// <summary>The property of JSON field <paramref name="jsonName"/>: <c>temp_c</c> → <c>TempC</c>.</summary>
    public static string PayloadPropertyName(string jsonName) => ToIdentifier(jsonName);

    /// <summary>The proxy member for a registration of <paramref name="kind"/>.</summary>
    public static string MemberName(Contracts.RegistrationKind kind, string cloudName)
        => kind == Contracts.RegistrationKind.Variable ? VariableMemberName(cloudName) : FunctionMemberName(cloudName);

    /// <summary>
    /// Splits at every character that is not a letter or digit and at lower→upper case changes, then capitalizes
    /// each word. All-capital words become capitalized (<c>LED_STATE</c> → <c>LedState</c>).
    /// </summary>
    private static string ToPascalCase(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(name!.Length);
        var wordStart = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var isPart = i < name.Length && char.IsLetterOrDigit(name[i]);
            var boundary = !isPart || (wordStart >= 0 && i > wordStart && char.IsUpper(name[i]) && char.IsLower(name[i - 1]));
            if (boundary && wordStart >= 0)
            {
                AppendWord(builder, name, wordStart, i);
                wordStart = -1;
            }

            if (isPart && wordStart < 0)
            {
                wordStart = i;
            }
        }

        return builder.ToString();
    }

    private static void AppendWord(StringBuilder builder, string name, int start, int end)
    {
        var allUpper = true;
        for (var i = start; i < end; i++)
        {
            if (char.IsLower(name[i]))
            {
                allUpper = false;
                break;
            }
        }

        builder.Append(char.ToUpperInvariant(name[start]));
        for (var i = start + 1; i < end; i++)
        {
            builder.Append(allUpper && end - start > 1 ? char.ToLowerInvariant(name[i]) : name[i]);
        }
    }
}
