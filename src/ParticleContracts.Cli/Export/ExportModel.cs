using System.Collections.Immutable;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Lock;

namespace ParticleContracts.Cli.Export;

/// <summary>One file an exporter produces: a name inside the output folder and its text.</summary>
internal sealed record ExportedFile(string Name, string Text);

/// <summary>What every exporter reads: the contracts as read from firmware, their wire shape and the export view of both.</summary>
/// <param name="Contracts">The contracts (registrations, diagnostics, files).</param>
/// <param name="Wire">The same contracts as lock entries (names, cloud types, product version), name order.</param>
internal sealed record ExportInput(ImmutableArray<DeviceContract> Contracts, ContractLock Wire)
{
    /// <summary>Every contract as the exporters describe it, in the lock's (ordinal name) order.</summary>
    public ImmutableArray<ExportContract> Exports { get; } = ExportContract.Build(Contracts, Wire);
}

/// <summary>
/// One contract as every export describes it: the members the lock records (the same names, the same choice when a
/// name is registered or published twice, ordinal name order), each with the full shape the reader found: nested
/// payload fields and their conditionality, argument grammars, return codes, ledger keys, environment types.
/// </summary>
/// <param name="Name">The contract name.</param>
/// <param name="ProductVersion">The firmware's <c>PRODUCT_VERSION(n)</c>, or null.</param>
/// <param name="Variables">The cloud variables.</param>
/// <param name="Functions">The cloud functions.</param>
/// <param name="Publishes">The events the device publishes.</param>
/// <param name="Subscriptions">The event prefixes the device subscribes to.</param>
/// <param name="Ledgers">The ledgers the firmware uses.</param>
/// <param name="Environment">The environment variables the firmware reads.</param>
internal sealed record ExportContract(
    string Name,
    int? ProductVersion,
    ImmutableArray<ExportVariable> Variables,
    ImmutableArray<ExportFunction> Functions,
    ImmutableArray<ExportPublish> Publishes,
    ImmutableArray<ExportSubscription> Subscriptions,
    ImmutableArray<LedgerContract> Ledgers,
    ImmutableArray<EnvironmentVariableContract> Environment)
{
    /// <summary>Pairs each lock entry with the contract it was built from.</summary>
    public static ImmutableArray<ExportContract> Build(ImmutableArray<DeviceContract> contracts, ContractLock wire)
    {
        var byName = new Dictionary<string, DeviceContract>(StringComparer.Ordinal);
        foreach (var contract in contracts.IsDefault ? [] : contracts)
        {
            byName.TryAdd(contract.Name, contract);
        }

        var exports = ImmutableArray.CreateBuilder<ExportContract>(wire.Contracts.Count);
        foreach (var locked in wire.Contracts)
        {
            exports.Add(From(locked, byName.GetValueOrDefault(locked.Name)));
        }

        return exports.ToImmutable();
    }

    private static ExportContract From(LockedContract locked, DeviceContract? contract)
    {
        var variables = ImmutableArray.CreateBuilder<ExportVariable>();
        var functions = ImmutableArray.CreateBuilder<ExportFunction>();
        var publishes = ImmutableArray.CreateBuilder<ExportPublish>();
        var subscriptions = ImmutableArray.CreateBuilder<ExportSubscription>();
        var events = contract?.EventsOrEmpty ?? EventContracts.Empty;
        foreach (var member in locked.Members)
        {
            if (member.Section == LockSections.Variables.Name)
            {
                variables.Add(new ExportVariable(member.Name, member.Fact(LockSections.TypeProperty)));
            }
            else if (member.Section == LockSections.Functions.Name)
            {
                functions.Add(FunctionOf(member.Name, contract));
            }
            else if (member.Section == LockSections.Publishes.Name && PublishOf(member.Name, events) is { } published)
            {
                publishes.Add(new ExportPublish(member.Name, published.Name is null, published.Payload));
            }
            else if (member.Section == LockSections.Subscriptions.Name)
            {
                subscriptions.Add(SubscriptionOf(member.Name, events));
            }
        }

        var data = contract?.Data ?? DeviceDataContract.Empty;
        return new ExportContract(
            locked.Name,
            locked.ProductVersion,
            variables.ToImmutable(),
            functions.ToImmutable(),
            publishes.ToImmutable(),
            subscriptions.ToImmutable(),
            [.. data.Ledgers],
            [.. data.Environment]);
    }

    private static ExportFunction FunctionOf(string name, DeviceContract? contract)
    {
        foreach (var arguments in contract?.FunctionArguments ?? EquatableArray<FunctionArgumentContract>.Empty)
        {
            if (arguments.FunctionName == name)
            {
                return new ExportFunction(name, arguments.Grammar, [.. arguments.ReturnCodes]);
            }
        }

        return new ExportFunction(name, ArgumentGrammar.AnyText("the handler body was not read"), []);
    }

    /// <summary>The first publish the lock names <paramref name="name"/>, as the lock keeps the first of two.</summary>
    private static PublishedEvent? PublishOf(string name, EventContracts events)
    {
        foreach (var published in events.Publishes)
        {
            if (LockMemberBuilders.LockName(published.Name, published.KnownPrefix, published.KnownSuffix) == name)
            {
                return published;
            }
        }

        return null;
    }

    /// <summary>
    /// The subscription the lock names <paramref name="name"/>: whether its prefix has a run-time part (from the first
    /// such subscription) and the data its handlers read (the first grammar narrower than text, as two handlers under
    /// one prefix receive the same events).
    /// </summary>
    private static ExportSubscription SubscriptionOf(string name, EventContracts events)
    {
        bool? hasRunTimePart = null;
        ArgumentGrammar? payload = null;
        foreach (var subscription in events.Subscriptions)
        {
            if (LockMemberBuilders.LockName(subscription.Prefix, subscription.KnownPrefix, null) != name)
            {
                continue;
            }

            hasRunTimePart ??= subscription.Prefix is null;
            if (payload is null && subscription.Payload is { Kind: not ArgumentKind.Text and not ArgumentKind.None } grammar)
            {
                payload = grammar;
            }
        }

        return new ExportSubscription(name, hasRunTimePart ?? false, payload);
    }
}

/// <summary>A cloud variable.</summary>
/// <param name="Name">The cloud name.</param>
/// <param name="CloudType">The cloud type's wire name (<c>int32</c>), or <c>unknown</c>.</param>
internal sealed record ExportVariable(string Name, string? CloudType);

/// <summary>A cloud function with what its handler accepts and returns.</summary>
/// <param name="Name">The cloud name.</param>
/// <param name="Grammar">The argument grammar (any text when the handler was not read).</param>
/// <param name="ReturnCodes">The known return values, ascending; empty when any int may come back.</param>
internal sealed record ExportFunction(string Name, ArgumentGrammar Grammar, ImmutableArray<ReturnCode> ReturnCodes);

/// <summary>A published event.</summary>
/// <param name="Name">The name; with a run-time part, its constant start and end around <c>*</c> (<c>alert/*</c>).</param>
/// <param name="HasRunTimePart">True when part of the name is only known at run time.</param>
/// <param name="Payload">The payload shape.</param>
internal sealed record ExportPublish(string Name, bool HasRunTimePart, EventPayload Payload)
{
    /// <summary>The constant start of the name (the whole name when it has no run-time part).</summary>
    public string ConstantPrefix => HasRunTimePart ? Name.Substring(0, Name.IndexOf(LockMemberBuilders.RunTimePart, StringComparison.Ordinal)) : Name;
}

/// <summary>A subscription: every event whose name starts with <paramref name="Prefix"/> reaches the device.</summary>
/// <param name="Prefix">The prefix; with a run-time part, its constant start followed by <c>*</c>.</param>
/// <param name="HasRunTimePart">True when part of the prefix is only known at run time.</param>
/// <param name="Payload">What the handler reads from the event data (a number, words, fields, JSON keys), or null when
/// it reads text or its body was not followed.</param>
internal sealed record ExportSubscription(string Prefix, bool HasRunTimePart, ArgumentGrammar? Payload = null)
{
    /// <summary>The constant start every matching event name has.</summary>
    public string ConstantPrefix => HasRunTimePart && Prefix.EndsWith(LockMemberBuilders.RunTimePart, StringComparison.Ordinal) ? Prefix[..^1] : Prefix;
}
