using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Emit;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Firmware.Assembly;
using ParticleContracts.Generators.Lock;
using ParticleContracts.Generators.Pipeline;

namespace ParticleContracts.Generators;

/// <summary>
/// Generates a typed device proxy (<c>I{Contract}</c> + <c>{Contract}</c>) for every Particle firmware project given
/// as <c>AdditionalFiles</c> (<c>ParticleFirmware</c> items, or plain additional files with firmware extensions), and
/// reports the firmware's diagnostics at their locations in the firmware files.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ContractGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var projectOptions = context.AnalyzerConfigOptionsProvider
            .Combine(context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName))
            .Select(static (pair, _) => OptionsReader.ReadProject(pair.Left.GlobalOptions, pair.Right))
            .WithTrackingName(TrackingNames.ProjectOptions);

        var contractInputs = ContractInputs(context, projectOptions);
        RegisterProxies(context, contractInputs);
        RegisterFunctionArguments(context, contractInputs);
        RegisterEvents(context, contractInputs);
        RegisterLockChecks(context, contractInputs);

        context.RegisterSourceOutput(projectOptions, static (spc, options) =>
        {
            if (options.InvalidFunctionArgumentLimit is { } text)
            {
                spc.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidFunctionArgumentLimit, Location.None, text, options.FunctionArgumentLimit));
            }
        });
    }

    /// <summary>
    /// Firmware files → one assembled <see cref="ContractInput"/> per contract. Each file is parsed on its own, so editing
    /// one file re-parses only that file; grouping only sorts files into contracts and names them, and each contract is
    /// then assembled in its own step, so editing a file of one contract leaves every other contract's assembly cached.
    /// </summary>
    private static IncrementalValuesProvider<ContractInput> ContractInputs(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<GeneratorOptions> projectOptions)
    {
        var candidates = context.AdditionalTextsProvider
            .Where(static text => FirmwareFileKinds.IsFirmwareFile(text.Path));

        var parsedFiles = candidates
            .Select(static (text, cancellationToken) => FirmwareFileParser.Parse(
                new FirmwareSource(text.Path, text.GetText(cancellationToken)?.ToString() ?? string.Empty),
                cancellationToken))
            .WithTrackingName(TrackingNames.ParsedFiles);

        var fileOptions = candidates
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => OptionsReader.ReadFile(pair.Left.Path, pair.Right.GetOptions(pair.Left)))
            .WithTrackingName(TrackingNames.FileOptions);

        var contractGroups = parsedFiles.Collect()
            .Combine(fileOptions.Collect())
            .Combine(projectOptions)
            .SelectMany(static (input, cancellationToken) => ContractGrouping.Group(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ContractGroups);

        return contractGroups
            .Select(static (group, cancellationToken) => ContractGrouping.Assemble(group, cancellationToken))
            .WithTrackingName(TrackingNames.ContractInputs);
    }

    /// <summary>
    /// The proxy source and the firmware diagnostics of every contract. Source and diagnostics are separate outputs (as
    /// in LoggerMessageGenerator): a change that only affects diagnostics does not re-emit the source, and the source
    /// output never holds Roslyn Diagnostic objects. Line numbers are part of the source (member docs and the runtime
    /// Contract list name each registration's line), so a moved registration re-emits its own contract and no other
    /// (PositionTests pins this).
    /// </summary>
    private static void RegisterProxies(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ContractInput> contractInputs)
    {
        var contracts = contractInputs
            .Select(static (input, _) => ProxyModelBuilder.Build(input))
            .WithTrackingName(TrackingNames.Contracts);
        var proxies = contracts
            .Select(static (output, _) => output.Proxy)
            .WithTrackingName(TrackingNames.ProxyModels);
        var diagnostics = contracts
            .Select(static (output, _) => output.Diagnostics)
            .WithTrackingName(TrackingNames.ContractDiagnostics);

        context.RegisterSourceOutput(proxies, static (spc, proxy) =>
            spc.AddSource(proxy.HintName, SourceText.From(ProxyEmitter.Emit(proxy), System.Text.Encoding.UTF8)));
        // Ledgers and environment variables: their own model and file per contract, emitted apart from the proxy.
        var dataModels = contractInputs
            .Select(static (input, _) => DataModelBuilder.Build(input))
            .WithTrackingName(TrackingNames.DataModels);
        context.RegisterSourceOutput(dataModels, static (spc, model) =>
        {
            if (model is not null)
            {
                spc.AddSource(model.HintName, SourceText.From(LedgerEmitter.Emit(model), System.Text.Encoding.UTF8));
            }
        });

        context.RegisterSourceOutput(diagnostics, static (spc, items) => Report(spc, items));
    }

    /// <summary>
    /// Typed function arguments: their own model and file per contract (<c>{Namespace}.{Type}.FunctionArguments.g.cs</c>),
    /// so a handler edit re-emits this file of its own contract only. A contract without a typed function gets no file.
    /// </summary>
    private static void RegisterFunctionArguments(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ContractInput> contractInputs)
    {
        var functionArguments = contractInputs
            .Select(static (input, _) => FunctionArgumentModelBuilder.Build(input))
            .WithTrackingName(TrackingNames.FunctionArgumentModels);
        context.RegisterSourceOutput(functionArguments, static (spc, model) =>
        {
            if (!model.Members.IsEmpty)
            {
                spc.AddSource(model.HintName, SourceText.From(FunctionArgumentEmitter.Emit(model), System.Text.Encoding.UTF8));
            }
        });
    }

    /// <summary>
    /// The events file of every contract that publishes or subscribes: its own model and output, so editing a payload
    /// re-emits only that file (the proxy's own source stays cached).
    /// </summary>
    private static void RegisterEvents(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ContractInput> contractInputs)
    {
        var eventModels = contractInputs
            .Select(static (input, _) => EventModelBuilder.Build(input))
            .WithTrackingName(TrackingNames.EventModels);
        context.RegisterSourceOutput(eventModels, static (spc, model) =>
        {
            if (model is not null)
            {
                spc.AddSource(model.HintName, SourceText.From(EventEmitter.Emit(model), System.Text.Encoding.UTF8));
            }
        });
    }

    /// <summary>
    /// Contract locks: each contract is compared with its lock entry in its own step, so an edit re-checks one contract.
    /// </summary>
    private static void RegisterLockChecks(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ContractInput> contractInputs)
    {
        var lockFiles = context.AdditionalTextsProvider
            .Where(static text => LockInputs.IsCandidate(text.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => LockInputs.IsLock(pair.Left.Path, pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, cancellationToken) => LockFile.Read(pair.Left.Path, pair.Left.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .WithTrackingName(TrackingNames.LockFiles);
        var lockOptions = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => LockInputs.ReadOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.LockOptions);
        var lockChecks = contractInputs
            .Combine(lockFiles.Collect())
            .Combine(lockOptions)
            .Select(static (input, _) => LockCheck.Run(input.Left.Left.Contract, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.LockChecks);

        context.RegisterSourceOutput(lockChecks, static (spc, items) => Report(spc, items));
        context.RegisterSourceOutput(lockFiles, static (spc, file) =>
        {
            if (file.Error is { } error)
            {
                spc.ReportDiagnostic(FirmwareDiagnosticReporter.ToRoslyn(error));
            }
        });
        context.RegisterSourceOutput(lockOptions, static (spc, options) =>
        {
            if (options.InvalidSeverity is { } text)
            {
                spc.ReportDiagnostic(Diagnostic.Create(Descriptors.Find(DiagnosticIds.InvalidLockSeverity)!, Location.None, text));
            }
        });
    }

    /// <summary>Reports firmware diagnostics at their places in the firmware files.</summary>
    private static void Report(SourceProductionContext context, EquatableArray<FirmwareDiagnostic> items)
    {
        foreach (var diagnostic in items)
        {
            context.ReportDiagnostic(FirmwareDiagnosticReporter.ToRoslyn(diagnostic));
        }
    }
}
