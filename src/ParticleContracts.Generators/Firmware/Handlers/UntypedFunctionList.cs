using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Generators.Firmware.Handlers;

/// <summary>
/// The functions a contract's <c>ParticleFirmware</c> items name in their <c>UntypedFunctions</c> metadata: their
/// argument stays a string, as with a <c>// @particle-arg string</c> comment, without touching the firmware. A name that
/// no function of the contract has is PCT1054, with the closest function names.
/// </summary>
internal sealed class UntypedFunctionList
{
    /// <summary>Why such a function's argument is a string.</summary>
    public const string Reason = "the UntypedFunctions metadata of its ParticleFirmware item switches inference off";

    private const int MaxListedNames = 8;

    private readonly string _contract;
    private readonly EquatableArray<string> _names;

    public UntypedFunctionList(string contract, EquatableArray<string> names)
    {
        _contract = contract;
        _names = names;
    }

    /// <summary>
    /// <paramref name="shape"/> as inference sees it: for a listed function, a string argument that is opted out (no
    /// PCT1050, no number or word notes); its returns and a missing return (PCT1051) are still read.
    /// </summary>
    public HandlerShape? Apply(string functionName, HandlerShape? shape)
    {
        if (shape is null || !Contains(functionName))
        {
            return shape;
        }

        return shape with
        {
            Grammar = ArgumentGrammar.AnyText(Reason),
            ArgumentHelper = null,
            OptedOut = true,
            UncheckedParseLine = 0,
            UnreachableWords = EquatableArray<WordSite>.Empty,
        };
    }

    /// <summary>PCT1054 for every listed name that is none of <paramref name="functionNames"/> (ordinal order), at the contract's first file.</summary>
    public void ReportUnknown(ICollection<string> functionNames, IReadOnlyList<FirmwareFileModel> files, List<FirmwareDiagnostic> diagnostics)
    {
        if (_names.IsEmpty || files.Count == 0)
        {
            return;
        }

        var at = new FirmwareLocation(files[0].Path, 1, 1, 0, 0, 1, 1);
        foreach (var name in _names)
        {
            if (!functionNames.Contains(name))
            {
                var suggestions = NameSuggester.Suggest(name, functionNames);
                diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.UnknownUntypedFunction, at, name, _contract, Hint(suggestions, functionNames)));
            }
        }
    }

    private bool Contains(string functionName)
    {
        foreach (var name in _names)
        {
            if (string.Equals(name, functionName, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>did you mean 'a' or 'b'?</c>, else <c>its functions are a, b.</c>, else <c>it registers no function.</c></summary>
    private static string Hint(ImmutableArray<string> suggestions, ICollection<string> functionNames)
    {
        var text = new StringBuilder();
        if (!suggestions.IsEmpty)
        {
            text.Append("did you mean ");
            for (var i = 0; i < suggestions.Length; i++)
            {
                text.Append(i == 0 ? string.Empty : i == suggestions.Length - 1 ? " or " : ", ").Append('\'').Append(suggestions[i]).Append('\'');
            }

            return text.Append('?').ToString();
        }

        if (functionNames.Count == 0)
        {
            return "it registers no function.";
        }

        text.Append("its functions are ");
        var listed = 0;
        foreach (var name in functionNames)
        {
            if (listed == MaxListedNames)
            {
                text.Append(", ...");
                break;
            }

            text.Append(listed++ == 0 ? string.Empty : ", ").Append(name);
        }

        return text.Append('.').ToString();
    }
}
