namespace ParticleContracts.Generators.Analyzers;

/// <summary>Keys of <c>Diagnostic.Properties</c> that the analyzers fill and the code fixes read.</summary>
internal static class DiagnosticPropertyNames
{
    /// <summary>Prefix of the suggested names, closest first: <c>Suggestion0</c>, <c>Suggestion1</c>, ...</summary>
    public const string SuggestionPrefix = "Suggestion";

    /// <summary>The C# keyword of the type argument that matches the firmware (PCT2003), e.g. <c>double</c>.</summary>
    public const string ExpectedType = "ExpectedType";

    /// <summary>The generated typed member that replaces an escape-hatch call (PCT2004), e.g. <c>GetTemperatureAsync</c>.</summary>
    public const string TypedMember = "TypedMember";

    /// <summary>The position of the name argument in the call's argument list (PCT2004): the fix removes that argument.</summary>
    public const string NameArgumentIndex = "NameArgumentIndex";

    /// <summary>The suggested names as properties (<c>Suggestion0</c>, ...), for the replace-name fix.</summary>
    public static System.Collections.Immutable.ImmutableDictionary<string, string?> Suggestions(System.Collections.Immutable.ImmutableArray<string> suggestions)
    {
        var properties = System.Collections.Immutable.ImmutableDictionary<string, string?>.Empty;
        for (var i = 0; i < suggestions.Length; i++)
        {
            properties = properties.Add(Suggestion(i), suggestions[i]);
        }

        return properties;
    }
    /// <summary>The typed argument that replaces a constant string argument (PCT2020), e.g. <c>global::App.Devices.Station.SetVentPosition.Open</c>.</summary>
    public const string TypedArgument = "TypedArgument";

    /// <summary>The position of the string argument in the call's argument list (PCT2020): the fix replaces it.</summary>
    public const string ArgumentIndex = "ArgumentIndex";

    /// <summary>The <c>ParticleLedgerDirection</c> member the firmware implies (PCT2034): <c>Upstream</c> or <c>Downstream</c>.</summary>
    public const string LedgerDirection = "LedgerDirection";

    /// <summary>The key of the suggestion with the given rank.</summary>
    public static string Suggestion(int rank) => SuggestionPrefix + rank.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
