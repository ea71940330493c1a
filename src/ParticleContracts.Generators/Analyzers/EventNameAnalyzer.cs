using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>
/// Checks constant event names passed to the raw client against the generated contracts' events
/// (<see cref="EventIndex"/>): a <c>SubscribeAsync</c> prefix no contract publishes under (PCT2010), and a
/// <c>PublishEventAsync</c> name no contract subscribes to (PCT2011). Silent when no contract has events, and for the
/// kind a contract names only at run time.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EventNameAnalyzer : DiagnosticAnalyzer
{
    private const string SubscribeMethod = "SubscribeAsync";
    private const string PublishMethod = "PublishEventAsync";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnknownSubscribedEvent,
        Descriptors.UnsubscribedPublishedEvent);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        InvocationAnalysis.Register(
            context,
            static (compilation, symbols, cancellationToken) => EventIndex.Build(compilation, symbols, cancellationToken) is { IsEmpty: false } events ? events : null,
            Analyze);
    }

    private static void Analyze(OperationAnalysisContext context, ParticleSymbols symbols, EventIndex events)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var subscribe = method.Name == SubscribeMethod;
        if ((!subscribe && method.Name != PublishMethod) || !SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.CloudClient))
        {
            return;
        }

        if (InvocationAnalysis.ConstantName(invocation, subscribe ? "namePrefix" : "name", out var value) is not { } name)
        {
            return;
        }

        var location = value.Syntax.GetLocation();
        if (subscribe && !events.HasRunTimePublishedNames && !events.CanReceive(name))
        {
            var suggestions = NameSuggester.Suggest(name, events.Published);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownSubscribedEvent, location, DiagnosticPropertyNames.Suggestions(suggestions), name, UsageMessages.DidYouMean(suggestions, events.Published, "published events")));
        }
        else if (!subscribe && !events.HasRunTimeSubscriptions && !events.IsSubscribed(name))
        {
            var suggestions = NameSuggester.Suggest(name, events.Subscribed);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnsubscribedPublishedEvent, location, DiagnosticPropertyNames.Suggestions(suggestions), name, UsageMessages.DidYouMean(suggestions, events.Subscribed, "subscription prefixes")));
        }
    }
}
