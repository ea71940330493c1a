using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Assembly;

namespace ParticleContracts.Generators.Firmware;

/// <summary>
/// Reads firmware sources into device contracts in one call (CLI, simulator, tests), through the same steps as the
/// build: parse each file, group (<see cref="ContractGrouping"/>), assemble, name the proxy members
/// (<see cref="ProxyMemberNames"/>). So a contract here has the build's type name and every diagnostic the build
/// reports for it.
/// </summary>
internal static class FirmwareReader
{
    /// <summary>Parses every source and assembles the contracts, ordered as the build names them.</summary>
    /// <param name="sources">The firmware files.</param>
    /// <param name="options">The project's options (namespace, argument limit); <see cref="GeneratorOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One contract per group; <see cref="DeviceContract.Name"/> is the generated type name and <see cref="DeviceContract.Diagnostics"/> holds the grouping, reader and naming diagnostics in file order.</returns>
    public static ImmutableArray<DeviceContract> Read(IEnumerable<FirmwareSource> sources, GeneratorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var models = ImmutableArray.CreateBuilder<FirmwareFileModel>();
        var fileOptions = ImmutableArray.CreateBuilder<FirmwareFileOptions>();
        if (sources is not null)
        {
            foreach (var source in sources)
            {
                if (source is not null)
                {
                    var model = FirmwareFileParser.Parse(source, cancellationToken);
                    models.Add(model);
                    fileOptions.Add(new FirmwareFileOptions(model.Path, Included: true, Contract: null, Namespace: null, source.BaseFolder));
                }
            }
        }

        var groups = ContractGrouping.Group(models.ToImmutable(), fileOptions.ToImmutable(), options ?? GeneratorOptions.Default, cancellationToken);
        var contracts = ImmutableArray.CreateBuilder<DeviceContract>(groups.Length);
        foreach (var group in groups)
        {
            var input = ContractGrouping.Assemble(group, cancellationToken);
            var naming = ProxyMemberNames.Assign(input.Contract, input.TypeName);
            var diagnostics = new List<FirmwareDiagnostic>(input.Diagnostics.Count + input.Contract.Diagnostics.Count + naming.Diagnostics.Count);
            diagnostics.AddRange(input.Diagnostics);
            diagnostics.AddRange(input.Contract.Diagnostics);
            diagnostics.AddRange(naming.Diagnostics);
            diagnostics.Sort(ContractAssembler.CompareDiagnostics);
            contracts.Add(input.Contract with { Name = input.TypeName, Diagnostics = diagnostics.ToEquatableArray() });
        }

        return contracts.MoveToImmutable();
    }
}
