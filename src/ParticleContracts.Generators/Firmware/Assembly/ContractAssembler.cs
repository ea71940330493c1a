using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Firmware.Ledgers;
using ParticleContracts.Generators.Firmware.Events;
using ParticleContracts.Generators.Firmware.Handlers;
using ParticleContracts.Generators.Firmware.Preprocessor;
using ParticleContracts.Generators.Firmware.Resolution;
using ParticleContracts.Generators.Targets;

namespace ParticleContracts.Generators.Firmware.Assembly;

/// <summary>
/// Assembles one contract from the source files <see cref="ContractGrouping"/> put together: resolves names and
/// types across the files, drops registrations under false conditions, checks the contract-wide rules
/// (<see cref="ContractRules"/>) and sorts. Deterministic: the result depends only on the set of files, not their order.
/// </summary>
internal static class ContractAssembler
{
    /// <summary>Assembles every given source file into one contract named <paramref name="contractName"/> rooted at <paramref name="root"/>.</summary>
    public static DeviceContract AssembleOne(string contractName, string root, IEnumerable<FirmwareFileModel> files, CancellationToken cancellationToken = default) =>
        AssembleOne(contractName, root, files, ParticleTarget.Default, cancellationToken);

    /// <summary>As above, for <paramref name="target"/>: its legacy limits and feature gates apply.</summary>
    public static DeviceContract AssembleOne(string contractName, string root, IEnumerable<FirmwareFileModel> files, ParticleTarget target, CancellationToken cancellationToken = default) =>
        AssembleOne(contractName, root, files, target, EquatableArray<string>.Empty, cancellationToken);

    /// <summary>As above; the functions named in <paramref name="untypedFunctions"/> keep a string argument (PCT1054 for a name no function has).</summary>
    public static DeviceContract AssembleOne(string contractName, string root, IEnumerable<FirmwareFileModel> files, ParticleTarget target, EquatableArray<string> untypedFunctions, CancellationToken cancellationToken = default)
    {
        var sources = new List<FirmwareFileModel>();
        EnvironmentDefaults? environmentDefaults = null;
        foreach (var file in SortedDistinct(files))
        {
            if (file.Role == FirmwareFileRole.Source)
            {
                sources.Add(file);
            }
            else if (file.Role == FirmwareFileRole.EnvironmentDefaults)
            {
                environmentDefaults ??= file.EnvironmentDefaults;
            }
        }

        var contract = Build(ContractNaming.ToIdentifier(contractName), FirmwarePath.Normalize(root), sources, target, untypedFunctions, cancellationToken);
        var diagnostics = new List<FirmwareDiagnostic>(contract.Diagnostics);
        var data = DataContractAssembler.Assemble(sources, environmentDefaults, diagnostics);
        if (data is null)
        {
            return contract;
        }

        diagnostics.Sort(CompareDiagnostics);
        return contract with { Data = data, Diagnostics = diagnostics.ToEquatableArray() };
    }

    /// <summary>
    /// Assembles every given source file into one contract named <paramref name="contractName"/>; its root is the
    /// deepest folder common to all files.
    /// </summary>
    public static DeviceContract AssembleOne(string contractName, IEnumerable<FirmwareFileModel> files, CancellationToken cancellationToken = default)
    {
        var list = SortedDistinct(files);
        string? root = null;
        foreach (var file in list)
        {
            if (file.Role != FirmwareFileRole.Source)
            {
                continue;
            }

            var directory = FirmwarePath.DirectoryOf(file.Path);
            root = root is null ? directory : FirmwarePath.CommonFolder(root, directory);
        }

        return AssembleOne(contractName, root ?? string.Empty, list, cancellationToken);
    }

    private static List<FirmwareFileModel> SortedDistinct(IEnumerable<FirmwareFileModel> files)
    {
        var byPath = new SortedDictionary<string, FirmwareFileModel>(StringComparer.Ordinal);
        if (files is null)
        {
            return new List<FirmwareFileModel>();
        }

        foreach (var file in files)
        {
            if (file is not null && !byPath.ContainsKey(file.Path))
            {
                byPath.Add(file.Path, file);
            }
        }

        return new List<FirmwareFileModel>(byPath.Values);
    }

    private static DeviceContract Build(string name, string root, List<FirmwareFileModel> files, ParticleTarget target, EquatableArray<string> untypedFunctions, CancellationToken cancellationToken)
    {
        var symbols = new ProjectSymbols(files);
        var diagnostics = new List<FirmwareDiagnostic>();
        var registrations = new List<Registration>();
        var sites = new List<RegistrationSite>();
        var resolver = new RegistrationResolver(symbols, diagnostics);
        var payloadStatements = new PayloadStatementIndex(AllPayloadStatements(files));
        var events = new EventResolver(symbols, payloadStatements, diagnostics);
        var publishes = new List<PublishedEvent>();
        var subscriptions = new List<SubscribedEvent>();
        var inference = new FunctionArgumentInference(files, symbols);
        var paths = new List<string>(files.Count);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            paths.Add(file.Path);
            diagnostics.AddRange(file.Diagnostics);
            diagnostics.AddRange(FeatureGates.Check(target, file.Features));
            foreach (var site in file.Sites)
            {
                if (Condition(site, file.Path, symbols) is not { } conditional)
                {
                    continue;
                }

                if (site.Kind == RegistrationKind.Publish)
                {
                    events.ResolvePublish(site, conditional, publishes);
                    continue;
                }

                if (site.Kind == RegistrationKind.Subscribe)
                {
                    SubscriptionPayloads.Resolve(events, site, conditional, subscriptions, inference, diagnostics);
                    continue;
                }

                var reported = diagnostics.Count;
                var registration = resolver.Resolve(site, conditional);
                if (registration is not null)
                {
                    // The name argument is where naming problems are reported (ContractRules, ProxyMemberNames).
                    registrations.Add(registration with
                    {
                        NameLocation = site.Arguments.Count > 0 ? site.Arguments[0].Location : null,
                        ValueDiagnosed = diagnostics.Count > reported,
                    });
                    sites.Add(site);
                }
            }
        }

        ContractRules.Check(registrations, sites, diagnostics, target);
        var functionArguments = FunctionArguments(inference, registrations, sites, new UntypedFunctionList(name, untypedFunctions), files, diagnostics);
        var eventContracts = publishes.Count == 0 && subscriptions.Count == 0
            ? null
            : new EventContracts(publishes.ToEquatableArray(), subscriptions.ToEquatableArray());
        if (eventContracts is not null)
        {
            EventRules.Check(eventContracts, payloadStatements, diagnostics, target);
        }

        registrations.Sort(CompareRegistrations);
        diagnostics.Sort(CompareDiagnostics);
        return new DeviceContract(name, root, paths.ToEquatableArray(), registrations.ToEquatableArray(), diagnostics.ToEquatableArray(), ProductVersionOf(files), FunctionArguments: functionArguments, Events: eventContracts);
    }

    /// <summary>Null when a preprocessor condition of <paramref name="site"/> is false (the site is dropped); else whether any is undecided.</summary>
    private static bool? Condition(RegistrationSite site, string path, ProjectSymbols symbols)
    {
        var conditional = false;
        foreach (var condition in site.Conditions)
        {
            switch (PreprocessorExpression.EvaluateCondition(condition, symbols.ScopeAt(path, site.Location.Start)))
            {
                case false:
                    return null;
                case null:
                    conditional = true;
                    break;
            }
        }

        return conditional;
    }

    /// <summary>One argument contract per function name (a name registered twice is PCT1004; its first handler is read), in ordinal name order.</summary>
    private static EquatableArray<FunctionArgumentContract> FunctionArguments(FunctionArgumentInference inference, List<Registration> registrations, List<RegistrationSite> sites, UntypedFunctionList untyped, List<FirmwareFileModel> files, List<FirmwareDiagnostic> diagnostics)
    {
        var byName = new SortedDictionary<string, FunctionArgumentContract>(StringComparer.Ordinal);
        for (var i = 0; i < registrations.Count; i++)
        {
            var registration = registrations[i];
            if (registration.Kind == RegistrationKind.Function && registration.Name is { } functionName && !byName.ContainsKey(functionName))
            {
                var shape = untyped.Apply(functionName, inference.ShapeOf(registration, sites[i]));
                var function = inference.Infer(functionName, shape);
                byName.Add(functionName, function);
                FunctionArgumentInference.Report(function, shape, sites[i].Arguments[1].Location, diagnostics);
            }
        }

        untyped.ReportUnknown(byName.Keys, files, diagnostics);
        return byName.Values.ToEquatableArray();
    }

    private static IEnumerable<PayloadStatement> AllPayloadStatements(List<FirmwareFileModel> files)
    {
        foreach (var file in files)
        {
            foreach (var statement in file.PayloadStatements)
            {
                yield return statement;
            }
        }
    }

    /// <summary>The first <c>PRODUCT_VERSION(n)</c> in path order (a product firmware declares it once).</summary>
    private static int? ProductVersionOf(List<FirmwareFileModel> sources)
    {
        foreach (var file in sources)
        {
            if (file.ProductVersion is { } version)
            {
                return version;
            }
        }

        return null;
    }

    private static int CompareRegistrations(Registration left, Registration right)
    {
        var byFile = string.CompareOrdinal(left.Location.File, right.Location.File);
        if (byFile != 0)
        {
            return byFile;
        }

        var byStart = left.Location.Start.CompareTo(right.Location.Start);
        return byStart != 0 ? byStart : left.Kind.CompareTo(right.Kind);
    }

    /// <summary>The order diagnostics are listed in: file, position, ID, message.</summary>
    internal static int CompareDiagnostics(FirmwareDiagnostic left, FirmwareDiagnostic right)
    {
        var byFile = string.CompareOrdinal(left.Location.File, right.Location.File);
        if (byFile != 0)
        {
            return byFile;
        }

        var byStart = left.Location.Start.CompareTo(right.Location.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byId = string.CompareOrdinal(left.Id, right.Id);
        return byId != 0 ? byId : string.CompareOrdinal(left.Message, right.Message);
    }
}
