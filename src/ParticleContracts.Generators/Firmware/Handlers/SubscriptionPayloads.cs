using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware.Events;

namespace ParticleContracts.Generators.Firmware.Handlers;

/// <summary>
/// The payload a subscription's handler expects, read the way a function handler's argument is
/// (<see cref="FunctionArgumentInference"/>): the handler's data parameter followed through its body and its helpers.
/// </summary>
internal static class SubscriptionPayloads
{
    /// <summary>Adds the subscription of one subscribe call (<see cref="EventResolver.ResolveSubscribe"/>) with its payload grammar.</summary>
    public static void Resolve(EventResolver events, RegistrationSite site, bool conditional, List<SubscribedEvent> subscriptions, FunctionArgumentInference inference, List<FirmwareDiagnostic> diagnostics)
    {
        var before = subscriptions.Count;
        events.ResolveSubscribe(site, conditional, subscriptions);
        if (subscriptions.Count > before)
        {
            subscriptions[before] = Infer(subscriptions[before], site, inference, diagnostics);
        }
    }

    /// <summary>
    /// <paramref name="subscription"/> with its payload grammar; when the handler's body was read but shows nothing
    /// narrower than text, PCT1038 at the handler argument says why.
    /// </summary>
    public static SubscribedEvent Infer(SubscribedEvent subscription, RegistrationSite site, FunctionArgumentInference inference, List<FirmwareDiagnostic> diagnostics)
    {
        var shape = inference.EventShapeOf(subscription, site);
        if (shape is null)
        {
            return subscription with { Payload = ArgumentGrammar.AnyText("the handler's body is not in this project") };
        }

        var name = subscription.Prefix ?? subscription.PrefixExpression;
        var grammar = inference.Infer(name, shape).Grammar;
        if (grammar.Kind == ArgumentKind.Text && !shape.OptedOut && grammar.Reason is { } reason && subscription.Prefix is not null && site.Arguments.Count > 1)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.PayloadShapeNotInferred, site.Arguments[1].Location, name, "its handler " + shape.Key + " " + Reason(reason)));
        }

        return subscription with { Payload = grammar, PayloadParameter = shape.Parameter };
    }

    /// <summary>A function-argument reason (<c>it parses ...</c>, <c>the handler reads ...</c>) after the handler's name.</summary>
    private static string Reason(string reason) =>
        reason.StartsWith("it ", System.StringComparison.Ordinal) ? reason.Substring(3)
        : reason.StartsWith("the handler ", System.StringComparison.Ordinal) ? reason.Substring(12)
        : "cannot be followed: " + reason;
}
