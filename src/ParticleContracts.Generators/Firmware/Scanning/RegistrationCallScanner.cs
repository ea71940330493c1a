using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware.Lexing;
using ParticleContracts.Generators.Firmware.Preprocessor;

namespace ParticleContracts.Generators.Firmware.Scanning;

/// <summary>
/// The one place a cloud call is recognised: <c>Particle.variable(...)</c>, <c>Particle.function(...)</c>,
/// <c>Particle.publish(...)</c> and <c>Particle.subscribe(...)</c> (and their <c>Spark.</c> spellings) in a statement
/// become <see cref="RegistrationSite"/>s with their top-level arguments.
/// A new cloud call is one more row in <see cref="CloudCalls"/>.
/// </summary>
internal sealed class RegistrationCallScanner
{
    /// <summary>The objects whose members are cloud calls.</summary>
    private static readonly string[] ApiObjects = { "Particle", "Spark" };

    /// <summary>Every recognised cloud call: the member name after <c>Particle.</c> and what it registers.</summary>
    private static readonly (string Member, RegistrationKind Kind)[] CloudCalls =
    {
        ("variable", RegistrationKind.Variable),
        ("function", RegistrationKind.Function),
        ("publish", RegistrationKind.Publish),
        ("subscribe", RegistrationKind.Subscribe),
    };

    private readonly string _path;
    private readonly List<RegistrationSite> _sites;
    private readonly List<FirmwareDiagnostic> _diagnostics;
    private readonly List<int> _calls = new();
    private readonly List<int> _openCalls = new();
    private bool _reportedTooDeep;

    public RegistrationCallScanner(string path, List<RegistrationSite> sites, List<FirmwareDiagnostic> diagnostics)
    {
        _path = path;
        _sites = sites;
        _diagnostics = diagnostics;
    }

    /// <summary>The number of sites found so far in the file.</summary>
    public int Count => _sites.Count;

    /// <summary>
    /// Finds the cloud calls in the statement collected by <paramref name="statements"/>. One pass finds the calls,
    /// one more matches their parentheses, so a statement costs time linear in its length however many calls it has,
    /// closed or not.
    /// </summary>
    public void Scan(StatementScanner statements, ConditionalStack conditions, string? enclosingFunction, string? enclosingClass)
    {
        var statement = statements.Statement;
        _calls.Clear();
        for (var i = statement.Start; i + 3 < statement.End; i++)
        {
            if (IsCloudCall(statement, i, out _, out _))
            {
                _calls.Add(i);
            }
        }

        if (_calls.Count == 0)
        {
            return;
        }

        var closes = MatchCalls(statement, out var levels);
        for (var n = 0; n < _calls.Count; n++)
        {
            var i = _calls[n];
            IsCloudCall(statement, i, out var apiObject, out var kind);
            if (levels[n] >= ReaderLimits.MaxNestedRegistrations)
            {
                ReportTooDeep(statement, i);
            }
            else if (closes[n] < 0)
            {
                var member = MemberOf(kind);
                _diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.UnclosedRegistrationCall, TokenLocation.Span(_path, statement[i], statement[i + 3]), apiObject, member));
            }
            else
            {
                var close = closes[n];
                _sites.Add(new RegistrationSite(
                    kind,
                    apiObject,
                    TokenLocation.Span(_path, statement[i], statement[close]),
                    Arguments(statement, i + 4, close),
                    enclosingFunction,
                    enclosingClass,
                    conditions.Snapshot(statements.ConditionAt(i))));
            }
        }
    }

    /// <summary>
    /// The closing parenthesis of every call in <see cref="_calls"/> (-1 when it has none) and how many calls enclose
    /// it, from one stack pass over the statement (brackets match by count, as <see cref="TokenText.FindClosing"/> does).
    /// </summary>
    private int[] MatchCalls(TokenRange statement, out int[] levels)
    {
        var closes = new int[_calls.Count];
        levels = new int[_calls.Count];
        for (var n = 0; n < closes.Length; n++)
        {
            closes[n] = -1;
        }

        // The open brackets: the call number of a call's '(' or -1.
        _openCalls.Clear();
        var nextCall = 0;
        var enclosingCalls = 0;
        for (var k = _calls[0] + 3; k < statement.End; k++)
        {
            var delta = TokenText.BracketDelta(statement.Text, statement[k]);
            if (delta > 0)
            {
                var call = nextCall < _calls.Count && _calls[nextCall] + 3 == k ? nextCall++ : -1;
                if (call >= 0)
                {
                    levels[call] = enclosingCalls++;
                }

                _openCalls.Add(call);
            }
            else if (delta < 0 && _openCalls.Count > 0)
            {
                var call = _openCalls[_openCalls.Count - 1];
                _openCalls.RemoveAt(_openCalls.Count - 1);
                if (call >= 0)
                {
                    closes[call] = k;
                    enclosingCalls--;
                }
            }
        }

        return closes;
    }

    private EquatableArray<SiteArgument> Arguments(TokenRange statement, int start, int close)
    {
        if (close <= start)
        {
            return EquatableArray<SiteArgument>.Empty;
        }

        var arguments = new List<SiteArgument>();
        foreach (var part in statement.Sub(start, close).SplitTopLevel())
        {
            arguments.Add(Argument(statement, part));
        }

        return arguments.ToEquatableArray();
    }

    private void ReportTooDeep(TokenRange statement, int i)
    {
        if (_reportedTooDeep)
        {
            return;
        }

        _reportedTooDeep = true;
        var limit = ReaderLimits.MaxNestedRegistrations.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.NestingTooDeep, TokenLocation.Span(_path, statement[i], statement[i + 3]), "registration calls inside registration arguments", limit, "the deeper calls"));
    }

    /// <summary><c>Particle . member (</c> at <paramref name="i"/>, not itself a member of something else.</summary>
    private static bool IsCloudCall(TokenRange statement, int i, out string apiObject, out RegistrationKind kind)
    {
        apiObject = string.Empty;
        kind = default;
        if (statement[i].Kind != FirmwareTokenKind.Identifier || !statement.Punct(i + 1, ".") || !statement.Punct(i + 3, "("))
        {
            return false;
        }

        var objectIndex = -1;
        for (var k = 0; k < ApiObjects.Length; k++)
        {
            if (TokenText.Is(statement.Text, statement[i], ApiObjects[k]))
            {
                objectIndex = k;
                break;
            }
        }

        if (objectIndex < 0 || (i > statement.Start && (statement.Punct(i - 1, ".") || statement.Punct(i - 1, "->"))))
        {
            return false;
        }

        foreach (var call in CloudCalls)
        {
            if (statement.Word(i + 2, call.Member))
            {
                apiObject = ApiObjects[objectIndex];
                kind = call.Kind;
                return true;
            }
        }

        return false;
    }

    private static string MemberOf(RegistrationKind kind)
    {
        foreach (var call in CloudCalls)
        {
            if (call.Kind == kind)
            {
                return call.Member;
            }
        }

        return kind.ToString();
    }

    private SiteArgument Argument(TokenRange statement, TokenRange part)
    {
        if (!part.IsEmpty)
        {
            return new SiteArgument(part.Slice(), TokenLocation.Span(_path, part[part.Start], part[part.End - 1]));
        }

        var at = statement[part.Start < statement.End ? part.Start : statement.End - 1];
        return new SiteArgument(string.Empty, TokenLocation.Of(_path, at));
    }
}
