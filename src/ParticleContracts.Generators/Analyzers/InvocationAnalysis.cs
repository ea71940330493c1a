using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>
/// The shape shared by the analyzers that check raw client calls against one index of the generated contracts
/// (events, ledgers, environment variables): build the index once per compilation, stay silent when the compilation
/// has no <c>ParticleCloudClient</c> or the index is empty, and look at every invocation; plus the argument reads they share.
/// </summary>
internal static class InvocationAnalysis
{
    /// <summary>
    /// Registers <paramref name="analyze"/> for every invocation of a compilation that references the cloud client and
    /// for which <paramref name="build"/> returns an index (null: nothing to check, so no action is registered). The caller's
    /// <c>Initialize</c> still enables concurrent execution and turns off generated-code analysis itself (RS1025, RS1026).
    /// </summary>
    public static void Register<TIndex>(
        AnalysisContext context,
        Func<Compilation, ParticleSymbols, CancellationToken, TIndex?> build,
        Action<OperationAnalysisContext, ParticleSymbols, TIndex> analyze)
        where TIndex : class
    {
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = ParticleSymbols.TryCreate(start.Compilation);
            if (symbols?.CloudClient is null || build(start.Compilation, symbols, start.CancellationToken) is not { } index)
            {
                return;
            }

            start.RegisterOperationAction(operation => analyze(operation, symbols, index), OperationKind.Invocation);
        });
    }

    /// <summary>The argument bound to the parameter named <paramref name="parameter"/>, or null.</summary>
    public static IArgumentOperation? Argument(IInvocationOperation invocation, string parameter)
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

    /// <summary>
    /// The constant, non-empty name written for <paramref name="parameter"/> (see <see cref="ConstantNameReader.Read"/>),
    /// with the argument it came from; null when the argument is missing, defaulted or not a constant.
    /// </summary>
    public static string? ConstantName(IInvocationOperation invocation, string parameter, out IOperation value)
    {
        var argument = Argument(invocation, parameter);
        value = argument?.Value!;
        return argument?.Value is null || argument.IsImplicit || ConstantNameReader.Read(argument.Value) is not { Length: > 0 } name ? null : name;
    }
}
