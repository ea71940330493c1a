namespace ParticleContracts;

/// <summary>Compares a firmware contract with what a device reports to the Particle Cloud.</summary>
public static class ParticleContractVerifier
{
    /// <summary>
    /// Reads the device's variables and functions from the cloud (<c>GET /v1/devices/:idOrName</c>) and reports
    /// registrations missing on the device, extra on the device, and variables whose cloud type differs. For each ledger
    /// of the contract it reads the definition (<c>GET /v1/ledgers/:name</c>) and reports a ledger the cloud does not
    /// define (or has archived) and one defined with the other direction than the firmware implies.
    /// Drift is a result, not an exception; cloud errors (unknown device, bad token) still throw the client's exceptions.
    /// </summary>
    /// <param name="client">The cloud client.</param>
    /// <param name="deviceIdOrName">The device ID or name.</param>
    /// <param name="contract">The contract to check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public static async Task<ContractVerificationResult> VerifyAsync(
        ParticleCloudClient client,
        string deviceIdOrName,
        ParticleDeviceContract contract,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(deviceIdOrName);
        ArgumentNullException.ThrowIfNull(contract);

        var device = await client.GetDeviceAsync(deviceIdOrName, cancellationToken).ConfigureAwait(false);
        var drifts = Compare(contract, device.Variables, device.Functions);
        if (contract.Ledgers.Count > 0)
        {
            var all = new List<ContractDrift>(drifts);
            foreach (var ledger in contract.Ledgers)
            {
                if (await CompareLedgerAsync(client, ledger, cancellationToken).ConfigureAwait(false) is { } drift)
                {
                    all.Add(drift);
                }
            }

            drifts = Order(all);
        }

        return new ContractVerificationResult(contract.Name, deviceIdOrName, drifts);
    }

    /// <summary>
    /// Compares one contract ledger with the cloud's definition: null when it matches (or the firmware implies no
    /// direction and the definition exists). A 404 is the drift <see cref="ContractDriftKind.MissingInCloud"/>; other
    /// errors throw.
    /// </summary>
    private static async Task<ContractDrift?> CompareLedgerAsync(ParticleCloudClient client, ParticleContractLedger ledger, CancellationToken cancellationToken)
    {
        var expected = ledger.Direction == ParticleLedgerDirection.Unknown ? null : ledger.Direction.ToString();
        ParticleLedgerDefinition definition;
        try
        {
            definition = await client.GetLedgerAsync(ledger.Name, organization: null, cancellationToken).ConfigureAwait(false);
        }
        catch (ParticleCloudException exception) when (exception.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return new ContractDrift(ContractDriftKind.MissingInCloud, ParticleMemberKind.Ledger, ledger.Name, expected, null);
        }

        if (definition.IsArchived)
        {
            return new ContractDrift(ContractDriftKind.MissingInCloud, ParticleMemberKind.Ledger, ledger.Name, expected, null);
        }

        return expected is not null && definition.Direction != ledger.Direction
            ? new ContractDrift(ContractDriftKind.DirectionMismatch, ParticleMemberKind.Ledger, ledger.Name, expected, definition.Direction.ToString())
            : null;
    }

    /// <summary>
    /// Compares a contract with a device description: <paramref name="deviceVariables"/> maps variable names to cloud
    /// type strings, <paramref name="deviceFunctions"/> lists function names (as in the device info response).
    /// </summary>
    /// <param name="contract">The contract to check.</param>
    /// <param name="deviceVariables">The device's variables: name → cloud type (<c>int32</c>, <c>double</c>, <c>bool</c>, <c>string</c>).</param>
    /// <param name="deviceFunctions">The device's function names.</param>
    /// <returns>Every difference, ordered by kind, then variables before functions, then name (ordinal). Ledgers are not compared here.</returns>
    public static IReadOnlyList<ContractDrift> Compare(
        ParticleDeviceContract contract,
        IReadOnlyDictionary<string, string> deviceVariables,
        IReadOnlyCollection<string> deviceFunctions)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(deviceVariables);
        ArgumentNullException.ThrowIfNull(deviceFunctions);

        // Re-registering a name replaces the entry on the device, so the contract is a set of names per kind.
        var contractVariables = new Dictionary<string, string?>(StringComparer.Ordinal);
        var contractFunctions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in contract.Members)
        {
            if (member.Kind == ParticleMemberKind.Variable)
            {
                contractVariables[member.Name] = member.CloudType;
            }
            else
            {
                contractFunctions.Add(member.Name);
            }
        }

        var functionsOnDevice = new HashSet<string>(deviceFunctions, StringComparer.Ordinal);
        var drifts = new List<ContractDrift>();

        foreach (var (name, expected) in contractVariables)
        {
            if (!deviceVariables.TryGetValue(name, out var actual))
            {
                drifts.Add(new ContractDrift(ContractDriftKind.MissingOnDevice, ParticleMemberKind.Variable, name, expected, null));
            }
            else if (expected is not null && NormalizeCloudType(expected) != NormalizeCloudType(actual))
            {
                drifts.Add(new ContractDrift(ContractDriftKind.TypeMismatch, ParticleMemberKind.Variable, name, expected, actual));
            }
        }

        foreach (var name in contractFunctions)
        {
            if (!functionsOnDevice.Contains(name))
            {
                drifts.Add(new ContractDrift(ContractDriftKind.MissingOnDevice, ParticleMemberKind.Function, name, null, null));
            }
        }

        foreach (var (name, actual) in deviceVariables)
        {
            if (!contractVariables.ContainsKey(name))
            {
                drifts.Add(new ContractDrift(ContractDriftKind.ExtraOnDevice, ParticleMemberKind.Variable, name, null, actual));
            }
        }

        foreach (var name in functionsOnDevice)
        {
            if (!contractFunctions.Contains(name))
            {
                drifts.Add(new ContractDrift(ContractDriftKind.ExtraOnDevice, ParticleMemberKind.Function, name, null, null));
            }
        }

        return Order(drifts);
    }

    private static ContractDrift[] Order(List<ContractDrift> drifts) => drifts
        .OrderBy(static d => d.Kind)
        .ThenBy(static d => d.MemberKind)
        .ThenBy(static d => d.Name, StringComparer.Ordinal)
        .ToArray();

    // The cloud reports INT as "int32"; older tools print "int". Compare the meaning, not the spelling.
    private static string NormalizeCloudType(string? cloudType) => cloudType?.Trim().ToLowerInvariant() switch
    {
        "int" or "int32" => "int32",
        "boolean" or "bool" => "bool",
        "float" or "double" => "double",
        "string" => "string",
        var other => other ?? string.Empty,
    };
}
