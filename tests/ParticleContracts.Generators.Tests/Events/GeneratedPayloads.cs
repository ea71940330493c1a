using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using ParticleContracts.Generators.Tests.Generation;

namespace ParticleContracts.Generators.Tests.Events;

/// <summary>
/// Runs the generator over one firmware file, compiles the output warning-free, loads it in a collectible context and
/// reads and writes JSON through a generated payload record, as the typed stream and publisher do.
/// </summary>
internal sealed class GeneratedPayloads : IDisposable
{
    private readonly AssemblyLoadContext _context;
    private readonly Assembly _assembly;

    private GeneratedPayloads(GeneratorRun run)
    {
        Run = run;
        using var stream = new MemoryStream();
        var emitted = run.Output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        _context = new AssemblyLoadContext("payloads-" + Guid.NewGuid(), isCollectible: true);
        stream.Position = 0;
        _assembly = _context.LoadFromStream(stream);
    }

    public GeneratorRun Run { get; }

    public string EventsSource => Run.Sources.Single(source => source.HintName.EndsWith(".Events.g.cs", StringComparison.Ordinal)).Text;

    /// <summary>Generates the proxy of <c>firmware/{name}/src/{name}.cpp</c>; the output must compile without warnings.</summary>
    public static GeneratedPayloads For(string name, string firmware)
    {
        ImmutableArray<FirmwareFile> files = [new FirmwareFile($"firmware/{name}/src/{name}.cpp", firmware), new FirmwareFile($"firmware/{name}/project.properties", "name=" + name + "\n")];
        var run = GeneratorHarness.Run(files);
        Assert.Null(run.Result.Exception);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        return new GeneratedPayloads(run);
    }

    /// <summary>The generated type <c>Consumer.Devices.{path}</c> (nested types with <c>+</c>).</summary>
    public Type Type(string path) => _assembly.GetType("Consumer.Devices." + path, throwOnError: true)!;

    /// <summary>Reads <paramref name="json"/> as the payload of <paramref name="type"/> the way the stream does.</summary>
    public static object Read(Type type, string json)
    {
        var method = typeof(ParticleEventPayloads).GetMethod(nameof(ParticleEventPayloads.Json))!.MakeGenericMethod(type);
        try
        {
            return method.Invoke(null, ["event", json])!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }
    }

    /// <summary>Writes a payload record as the typed publisher does.</summary>
    public static string Write(object payload)
    {
        var method = typeof(ParticleEventStreams).GetMethod(nameof(ParticleEventStreams.ToJson))!.MakeGenericMethod(payload.GetType());
        return (string)method.Invoke(null, [payload])!;
    }

    public static object? Get(object payload, string property) => payload.GetType().GetProperty(property)!.GetValue(payload);

    public void Dispose() => _context.Unload();
}
