using System.Globalization;
using System.Text;
using ParticleContracts.Benchmarks.Corpus;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Benchmarks.Analyzers;

/// <summary>
/// C# that makes <c>count</c> raw <c>ParticleCloudClient</c> calls, every one with a constant name the firmware
/// declares and the matching type argument (so the analyzers do their full lookup and report nothing).
/// </summary>
internal static class RawCallProject
{
    public static IReadOnlyList<string> Write(int count, int firmwareProjects, int callsPerMethod = 10, int methodsPerFile = 5)
    {
        var roots = BenchmarkCorpus.Firmware.Projects.Take(firmwareProjects).Select(p => p.Root + "/").ToArray();
        var sources = BenchmarkCorpus.Firmware.Files.Where(f => roots.Any(r => f.Path.StartsWith(r, StringComparison.Ordinal)));
        var registrations = FirmwareReader.Read(sources)
            .SelectMany(c => c.Registrations)
            .Where(r => r.Name is not null && (r.Kind == RegistrationKind.Function || r.CloudType != CloudType.None))
            .ToArray();
        if (registrations.Length == 0)
        {
            throw new InvalidOperationException("The reader found no typed registration in the synthetic firmware.");
        }

        var files = new List<string>();
        var written = 0;
        var file = 0;
        while (written < count)
        {
            var b = new StringBuilder();
            b.Append("using System.Threading;\nusing System.Threading.Tasks;\nusing ParticleContracts;\n\nnamespace Bench.Calls;\n\n");
            b.Append("public static class RawCalls").Append(file).Append("\n{\n");
            for (var m = 0; m < methodsPerFile && written < count; m++)
            {
                b.Append("    public static async Task<int> Run").Append(m).Append("(ParticleCloudClient client, string device, CancellationToken ct)\n    {\n        var total = 0;\n");
                for (var c = 0; c < callsPerMethod && written < count; c++, written++)
                {
                    var r = registrations[written % registrations.Length];
                    b.Append("        ");
                    if (r.Kind == RegistrationKind.Function)
                    {
                        b.Append("total += (await client.CallFunctionAsync(device, \"").Append(r.Name).Append("\", \"on\", ct)).ReturnValue;\n");
                    }
                    else
                    {
                        var type = r.CloudType switch
                        {
                            CloudType.Int32 => "int",
                            CloudType.Double => "double",
                            CloudType.Bool => "bool",
                            _ => "string",
                        };
                        b.Append("var v").Append(c).Append(" = await client.GetVariableAsync<").Append(type).Append(">(device, \"").Append(r.Name).Append("\", ct); total += v")
                            .Append(c).Append(".GetHashCode();\n");
                    }
                }

                b.Append("        return total;\n    }\n\n");
            }

            b.Append("}\n");
            files.Add(b.ToString());
            file++;
        }

        return files;
    }

    public static string Describe(int count, int firmwareProjects) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} raw calls against {firmwareProjects} firmware project(s)");
}
