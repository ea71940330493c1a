using System.Globalization;
using ParticleContracts.Benchmarks.Corpus;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Benchmarks;

/// <summary>
/// Checks the reader against what the corpus generator wrote (contracts, registrations per project, conditional
/// and run-time names), so the benchmarks never time a reader that silently misses half the input.
/// </summary>
internal static class ReaderCheck
{
    public static int Run(SyntheticFirmwareCorpus corpus, bool listDiagnostics)
    {
        var contracts = FirmwareReader.Read(corpus.Files);
        if (listDiagnostics)
        {
            // One project is enough to see what each diagnostic is about: they all share one shape.
            foreach (var diagnostic in contracts[0].Diagnostics.Where(d => d.Severity >= FirmwareSeverity.Warning))
            {
                Console.WriteLine($"  {diagnostic.Id} {diagnostic.Severity.ToWireName()} {diagnostic.Location.File}:{diagnostic.Location.Line}: {diagnostic.Message}");
            }
        }

        var failures = 0;
        foreach (var project in corpus.Projects)
        {
            var contract = contracts.FirstOrDefault(c => c.Root == project.Root);
            if (contract is null)
            {
                Console.WriteLine($"MISSING contract for {project.Root}");
                failures++;
                continue;
            }

            var registrations = contract.Registrations;
            var conditional = registrations.Count(r => r.Conditional);
            var runtime = registrations.Count(r => r.Name is null);
            var variables = registrations.Count(r => r.Kind == RegistrationKind.Variable);
            var functions = registrations.Count - variables;
            var ok = registrations.Count == project.ActiveRegistrations && conditional == project.ConditionalRegistrations
                && runtime == project.RuntimeNames && variables == project.Variables && functions == project.Functions
                && contract.Name == project.ContractName;
            if (!ok)
            {
                failures++;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(ok ? "ok  " : "DIFF")} {contract.Name,-14} registrations {registrations.Count}/{project.ActiveRegistrations} (variables {variables}/{project.Variables}, functions {functions}/{project.Functions}), conditional {conditional}/{project.ConditionalRegistrations}, run-time names {runtime}/{project.RuntimeNames}, diagnostics {contract.Diagnostics.Count}"));
        }

        var all = contracts.SelectMany(c => c.Registrations).ToArray();
        Console.WriteLine("forms: " + string.Join(", ", all.GroupBy(r => r.Form).OrderBy(g => g.Key).Select(g => $"{g.Key.ToWireName()} {g.Count()}")));
        Console.WriteLine("cloud types: " + string.Join(", ", all.GroupBy(r => r.CloudType).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        Console.WriteLine("diagnostics: " + string.Join(", ", contracts.SelectMany(c => c.Diagnostics).GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        Console.WriteLine(failures == 0 ? "reader check: ok" : $"reader check: {failures} project(s) differ from what the corpus declares");
        return failures == 0 ? 0 : 1;
    }
}
