using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Lexing;
using ParticleContracts.Generators.Targets;

namespace ParticleContracts.Generators.Firmware.Scanning;

/// <summary>
/// Finds the uses of target-dependent Device OS features in a statement, for the feature gates
/// (<see cref="FeatureGates"/>). Recognition is by call shape only, without types: <c>Particle.ledger(</c>,
/// <c>System.getEnv/hasEnv/listEnv(</c>, <c>PRODUCT_ID(</c>, the identifier <c>CloudEvent</c>, a
/// <c>Particle.publish</c> whose arguments name <c>Variant</c>, <c>EventData</c> or <c>ContentType</c>, and a
/// <c>Particle.subscribe</c> with a scope argument (<c>MY_DEVICES</c>, <c>ALL_DEVICES</c> or a string after the handler).
/// A <c>Variant</c> publish through a variable of that type is not seen (it needs the declaration).
/// </summary>
internal sealed class FeatureUseScanner
{
    private static readonly string[] EnvironmentMembers = { "getEnv", "hasEnv", "listEnv" };
    private static readonly string[] TypedPublishWords = { "Variant", "EventData", "ContentType" };

    private readonly string _path;
    private readonly List<FeatureUse> _uses;

    public FeatureUseScanner(string path, List<FeatureUse> uses)
    {
        _path = path;
        _uses = uses;
    }

    /// <summary>Adds the feature uses in <paramref name="statement"/>, in source order.</summary>
    public void Scan(TokenRange statement)
    {
        for (var i = statement.Start; i < statement.End; i++)
        {
            if (statement[i].Kind != FirmwareTokenKind.Identifier || IsMemberAccess(statement, i))
            {
                continue;
            }

            if (statement.Word(i, "CloudEvent"))
            {
                Add(CloudFeature.CloudEvent, "CloudEvent", statement, i, i);
            }
            else if (statement.Word(i, "PRODUCT_ID") && statement.Punct(i + 1, "("))
            {
                Add(CloudFeature.ProductIdMacro, "PRODUCT_ID()", statement, i, i);
            }
            else if (IsMemberCall(statement, i, "System") is { } systemMember && Contains(EnvironmentMembers, systemMember))
            {
                Add(CloudFeature.EnvironmentVariables, "System." + systemMember, statement, i, i + 2);
            }
            else if (IsMemberCall(statement, i, "Particle") is { } member)
            {
                ScanParticleCall(statement, i, member);
            }
        }
    }

    private void ScanParticleCall(TokenRange statement, int i, string member)
    {
        if (member == "ledger")
        {
            Add(CloudFeature.Ledger, "Particle.ledger", statement, i, i + 2);
            return;
        }

        if (member is not ("publish" or "subscribe"))
        {
            return;
        }

        var close = statement.FindClosing(i + 3);
        var argumentsEnd = close < 0 ? statement.End : close;
        var arguments = argumentsEnd > i + 4 ? statement.Sub(i + 4, argumentsEnd).SplitTopLevel() : new List<TokenRange>();
        if (member == "publish" && AnyArgumentNames(statement, arguments, TypedPublishWords))
        {
            Add(CloudFeature.TypedPublish, "Particle.publish", statement, i, i + 2);
        }
        else if (member == "subscribe" && HasScope(statement, arguments))
        {
            Add(CloudFeature.SubscribeScope, "Particle.subscribe", statement, i, i + 2);
        }
    }

    /// <summary>A scope argument: <c>MY_DEVICES</c>/<c>ALL_DEVICES</c> anywhere after the prefix, or a string after the handler.</summary>
    private static bool HasScope(TokenRange statement, List<TokenRange> arguments)
    {
        for (var index = 1; index < arguments.Count; index++)
        {
            var argument = arguments[index];
            if (argument.Length == 1
                && (statement.Word(argument.Start, "MY_DEVICES")
                    || statement.Word(argument.Start, "ALL_DEVICES")
                    || (index >= 2 && statement.IsKind(argument.Start, FirmwareTokenKind.String))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyArgumentNames(TokenRange statement, List<TokenRange> arguments, string[] words)
    {
        for (var index = 1; index < arguments.Count; index++)
        {
            for (var t = arguments[index].Start; t < arguments[index].End; t++)
            {
                foreach (var word in words)
                {
                    if (statement.Word(t, word))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The member name when token <paramref name="i"/> starts <c>apiObject . member (</c>, else null.</summary>
    private static string? IsMemberCall(TokenRange statement, int i, string apiObject) =>
        statement.Word(i, apiObject) && statement.Punct(i + 1, ".") && statement.IsKind(i + 2, FirmwareTokenKind.Identifier) && statement.Punct(i + 3, "(")
            ? statement.Get(i + 2)
            : null;

    private static bool IsMemberAccess(TokenRange statement, int i) =>
        i > statement.Start && (statement.Punct(i - 1, ".") || statement.Punct(i - 1, "->") || statement.Punct(i - 1, "::"));

    private static bool Contains(string[] values, string value)
    {
        foreach (var candidate in values)
        {
            if (candidate == value)
            {
                return true;
            }
        }

        return false;
    }

    private void Add(CloudFeature feature, string text, TokenRange statement, int first, int last) =>
        _uses.Add(new FeatureUse(feature, text, TokenLocation.Span(_path, statement[first], statement[last])));
}
