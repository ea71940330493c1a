using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace ParticleContracts.Package.Tests;

/// <summary>Reads a .nupkg / .snupkg: its entry names, its nuspec and the assemblies inside.</summary>
internal sealed class NupkgContents
{
    private readonly string _path;

    private NupkgContents(string path, IReadOnlyList<string> entries, XElement metadata)
    {
        _path = path;
        Entries = entries;
        Metadata = metadata;
    }

    public IReadOnlyList<string> Entries { get; }

    /// <summary>The nuspec's <c>metadata</c> element, namespace stripped from every name for easy queries.</summary>
    public XElement Metadata { get; }

    public static NupkgContents Open(string path)
    {
        Assert.True(File.Exists(path), $"Package {path} was not produced.");
        using var zip = ZipFile.OpenRead(path);
        var entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var nuspecEntry = zip.Entries.Single(e => !e.FullName.Contains('/', StringComparison.Ordinal) && e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
        using var stream = nuspecEntry.Open();
        var nuspec = XDocument.Load(stream);
        foreach (var element in nuspec.Descendants())
        {
            element.Name = element.Name.LocalName;
        }

        return new NupkgContents(path, entries, nuspec.Root!.Element("metadata")!);
    }

    public string? MetadataValue(string name) => Metadata.Element(name)?.Value;

    public string Describe() => $"{Path.GetFileName(_path)}:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", Entries)}";

    /// <summary>True when the assembly at <paramref name="entry"/> was compiled deterministically (Reproducible debug entry).</summary>
    public bool IsReproducibleAssembly(string entry)
    {
        using var zip = ZipFile.OpenRead(_path);
        using var compressed = zip.GetEntry(entry)!.Open();
        using var buffer = new MemoryStream();
        compressed.CopyTo(buffer);
        buffer.Position = 0;
        using var pe = new PEReader(buffer);
        return pe.ReadDebugDirectory().Any(d => d.Type == DebugDirectoryEntryType.Reproducible);
    }
}
