namespace ParticleContracts.Package.Tests;

/// <summary>Packing takes a while: every test in the collection shares one packed feed.</summary>
[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<LocalPackageFeed>
{
    public const string Name = "Packed local feed";
}
