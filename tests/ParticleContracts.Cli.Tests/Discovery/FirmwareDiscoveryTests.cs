using ParticleContracts.Discovery;

namespace ParticleContracts.Cli.Tests.Discovery;

/// <summary>The shared discovery walker in process: the size limit, links resolved to real paths, stable order.</summary>
public sealed class FirmwareDiscoveryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pc-discovery-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_file_over_the_limit_is_not_read_and_one_at_the_limit_is()
    {
        File.WriteAllText(Path.Combine(_root, "big.cpp"), new string('x', 11));
        File.WriteAllText(Path.Combine(_root, "fits.cpp"), new string('y', 10));

        var found = FirmwareDiscovery.Read(_root, maxFileBytes: 10);

        var file = Assert.Single(found.Files);
        Assert.Equal(Path.Combine(_root, "fits.cpp"), file.Path);
        Assert.Equal(new string('y', 10), file.Text);
        var problem = Assert.Single(found.Problems);
        Assert.Equal("PCT1120", problem.Id);
        Assert.Equal("big.cpp is 11 bytes; firmware files over 10 bytes are not read, so its registrations are missing. Split the file, or move it out of the firmware folder if it is not firmware.", problem.Message("big.cpp"));
    }

    [Fact]
    public void Files_come_back_in_ordinal_path_order_and_non_firmware_files_are_skipped()
    {
        Directory.CreateDirectory(Path.Combine(_root, "b"));
        Directory.CreateDirectory(Path.Combine(_root, "a"));
        File.WriteAllText(Path.Combine(_root, "b", "x.ino"), "");
        File.WriteAllText(Path.Combine(_root, "a", "y.h"), "int a;");
        File.WriteAllText(Path.Combine(_root, "a", "notes.txt"), "not firmware");

        var found = FirmwareDiscovery.Read(_root);

        Assert.Equal([Path.Combine(_root, "a", "y.h"), Path.Combine(_root, "b", "x.ino")], found.Files.Select(f => f.Path));
        Assert.Empty(found.Problems);
    }

    [Fact]
    public void Real_path_resolves_links_along_the_way()
    {
        Directory.CreateDirectory(Path.Combine(_root, "real", "inner"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "alias"), "real");
        // The temp folder itself may sit behind a link (macOS: /var -> /private/var).
        var expected = Path.Combine(FirmwareDiscovery.RealPath(_root)!, "real", "inner");

        Assert.Equal(expected, FirmwareDiscovery.RealPath(Path.Combine(_root, "alias", "inner")));
        File.Delete(Path.Combine(_root, "alias"));
    }
}
