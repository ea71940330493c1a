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
        context.RegisterCompilationStartAction(static start =>
        {
            var symbols = ParticleSymbols.TryCreate(start.Compilation);
            if (symbols?.CloudClient is null)
            {
                return;
            }

            var events = EventIndex.Build(start.Compilation, symbols, start.CancellationToken);
            if (events.IsEmpty)
            {
                return;
            }

            start.RegisterOperationAction(operation => Analyze(operation, symbols, events), OperationKind.Invocation);
        });
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

        var argument = Argument(invocation, subscribe ? "namePrefix" : "name");
        if (argument?.Value is null || argument.IsImplicit || ConstantNameReader.Read(argument.Value) is not { Length: > 0 } name)
        {
            return;
        }

        var location = argument.Value.Syntax.GetLocation();
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

    private static IArgumentOperation? Argument(IInvocationOperation invocation, string parameter)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameter)
            {
                return argument;
            }
        }

        return null;
    }
}
