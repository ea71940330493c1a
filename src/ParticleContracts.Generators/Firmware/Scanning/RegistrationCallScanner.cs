using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Lexing;
using ParticleContracts.Generators.Firmware.Preprocessor;

namespace ParticleContracts.Generators.Firmware.Scanning;

/// <summary>
/// The one place a cloud call is recognised: <c>Particle.variable(...)</c> and <c>Particle.function(...)</c> (and their
/// <c>Spark.</c> spellings) in a statement become <see cref="RegistrationSite"/>s with their top-level arguments.
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
    };

    private readonly string _path;
    private readonly List<RegistrationSite> _sites;

    public RegistrationCallScanner(string path, List<RegistrationSite> sites)
    {
        _path = path;
        _sites = sites;
    }

    /// <summary>The number of sites found so far in the file.</summary>
    public int Count => _sites.Count;

    /// <summary>Finds the cloud calls in the statement collected by <paramref name="statements"/>.</summary>
    public void Scan(StatementScanner statements, ConditionalStack conditions, string? enclosingFunction, string? enclosingClass)
    {
        var statement = statements.Statement;
        var count = statement.End;
        for (var i = statement.Start; i + 3 < count; i++)
        {
            if (!IsCloudCall(statement, i, out var apiObject, out var kind))
            {
                continue;
            }

            var close = statement.FindClosing(i + 3);
            var argumentsEnd = close < 0 ? count : close;
            var arguments = new List<SiteArgument>();
            if (argumentsEnd > i + 4)
            {
                foreach (var part in statement.Sub(i + 4, argumentsEnd).SplitTopLevel())
                {
                    arguments.Add(Argument(statement, part));
                }
            }

            var last = statement[close < 0 ? count - 1 : close];
            _sites.Add(new RegistrationSite(
                kind,
                apiObject,
                TokenLocation.Span(_path, statement[i], last),
                arguments.ToEquatableArray(),
                enclosingFunction,
                enclosingClass,
                conditions.Snapshot(statements.ConditionAt(i))));
        }
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
