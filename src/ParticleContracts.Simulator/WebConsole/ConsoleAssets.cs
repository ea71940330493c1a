using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace ParticleContracts.Simulator.WebConsole;

/// <summary>
/// The console's static files, embedded in the simulator assembly (<c>WebConsole/wwwroot</c>, logical names
/// <c>console/&lt;file&gt;</c>) and read once, so the page works offline and nothing is served from disk.
/// </summary>
internal sealed class ConsoleAssets
{
    private const string ResourcePrefix = "console/";

    private static readonly Lazy<ConsoleAssets> Embedded = new(() => Load(typeof(ConsoleAssets).Assembly));

    private readonly FrozenDictionary<string, ConsoleAsset> _files;

    private ConsoleAssets(FrozenDictionary<string, ConsoleAsset> files) => _files = files;

    public static ConsoleAssets Instance => Embedded.Value;

    public IEnumerable<string> FileNames => _files.Keys;

    public ConsoleAsset? Find(string fileName) => _files.TryGetValue(fileName, out var asset) ? asset : null;

    private static ConsoleAssets Load(Assembly assembly)
    {
        var files = new Dictionary<string, ConsoleAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal) || ContentType(name) is not { } contentType)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var etag = "\"" + Convert.ToHexString(SHA256.HashData(bytes).AsSpan(0, 8)).ToLowerInvariant() + "\"";
            files[name[ResourcePrefix.Length..]] = new ConsoleAsset(bytes, contentType, etag);
        }

        return new ConsoleAssets(files.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static string? ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => null,
    };
}

/// <summary>One embedded file: its bytes, content type and a strong ETag derived from the bytes.</summary>
internal sealed record ConsoleAsset(byte[] Bytes, string ContentType, string ETag);
