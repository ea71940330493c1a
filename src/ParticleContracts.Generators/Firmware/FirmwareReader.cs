using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Firmware;

/// <summary>Reads firmware sources into device contracts in one call (CLI, simulator, tests).</summary>
internal static class FirmwareReader
{
    /// <summary>Parses every source and assembles the contracts (one per project root).</summary>
    public static ImmutableArray<DeviceContract> Read(IEnumerable<FirmwareSource> sources, CancellationToken cancellationToken = default)
    {
        var models = new List<FirmwareFileModel>();
        if (sources is not null)
        {
            foreach (var source in sources)
            {
                if (source is not null)
                {
                    models.Add(FirmwareFileParser.Parse(source, cancellationToken));
                }
            }
        }

        return ContractAssembler.Assemble(models, cancellationToken);
    }
}
