using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>
/// The events of every generated contract of one compilation, read from the metadata the generator emitted:
/// <c>[ParticlePublishedEvent]</c> and <c>[ParticleSubscribedEvent]</c> on the generated interfaces and their members.
/// Like <see cref="ContractIndex"/>, it never reads firmware. Built once per compilation, from symbols only.
/// </summary>
internal sealed class EventIndex
{
    /// <summary>Metadata name of the published-event attribute.</summary>
    public const string PublishedAttributeName = "ParticleContracts.ParticlePublishedEventAttribute";

    /// <summary>Metadata name of the subscribed-event attribute.</summary>
    public const string SubscribedAttributeName = "ParticleContracts.ParticleSubscribedEventAttribute";

    private EventIndex(ImmutableArray<string> published, ImmutableArray<string> subscribed, bool runTimePublished, bool runTimeSubscribed)
    {
        Published = published;
        Subscribed = subscribed;
        HasRunTimePublishedNames = runTimePublished;
        HasRunTimeSubscriptions = runTimeSubscribed;
    }

    /// <summary>Every published event name (or, for a run-time name, its constant prefix), ordinal order, distinct.</summary>
    public ImmutableArray<string> Published { get; }

    /// <summary>Every subscription prefix (or the constant start of a run-time prefix), ordinal order, distinct.</summary>
    public ImmutableArray<string> Subscribed { get; }

    /// <summary>True when some contract publishes a name with a run-time part.</summary>
    public bool HasRunTimePublishedNames { get; }

    /// <summary>True when some contract subscribes to a prefix with a run-time part.</summary>
    public bool HasRunTimeSubscriptions { get; }

    /// <summary>True when no contract publishes or subscribes.</summary>
    public bool IsEmpty => Published.IsEmpty && Subscribed.IsEmpty && !HasRunTimePublishedNames && !HasRunTimeSubscriptions;

    /// <summary>True when a stream filtered by <paramref name="prefix"/> can see an event some contract publishes.</summary>
    public bool CanReceive(string prefix)
    {
        foreach (var name in Published)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some contract subscribes to a prefix of <paramref name="name"/>.</summary>
    public bool IsSubscribed(string name)
    {
        foreach (var prefix in Subscribed)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the event metadata of every generated contract interface of <paramref name="compilation"/>.</summary>
    public static EventIndex Build(Compilation compilation, ParticleSymbols symbols, CancellationToken cancellationToken)
    {
        var publishedAttribute = compilation.GetTypeByMetadataName(PublishedAttributeName);
        var subscribedAttribute = compilation.GetTypeByMetadataName(SubscribedAttributeName);
        var published = new SortedSet<string>(StringComparer.Ordinal);
        var subscribed = new SortedSet<string>(StringComparer.Ordinal);
        var runTimePublished = false;
        var runTimeSubscribed = false;
        if (publishedAttribute is null || subscribedAttribute is null || symbols.ContractAttribute is null)
        {
            return new EventIndex(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, false, false);
        }

        foreach (var type in CompilationInterfaces.Of(compilation, cancellationToken))
        {
            if (symbols.ContractNameOf(type) is null)
            {
                continue;
            }

            Read(type.GetAttributes(), publishedAttribute, subscribedAttribute, published, subscribed, ref runTimePublished, ref runTimeSubscribed);
            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol method)
                {
                    Read(method.GetAttributes(), publishedAttribute, subscribedAttribute, published, subscribed, ref runTimePublished, ref runTimeSubscribed);
                }
            }
        }

        return new EventIndex(ImmutableArray.CreateRange(published), ImmutableArray.CreateRange(subscribed), runTimePublished, runTimeSubscribed);
    }

    private static void Read(
        ImmutableArray<AttributeData> attributes,
        INamedTypeSymbol publishedAttribute,
        INamedTypeSymbol subscribedAttribute,
        SortedSet<string> published,
        SortedSet<string> subscribed,
        ref bool runTimePublished,
        ref bool runTimeSubscribed)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string name)
            {
                continue;
            }

            var partial = attribute.NamedArguments.Length > 0 && attribute.NamedArguments[0].Value.Value is true;
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, publishedAttribute))
            {
                runTimePublished |= partial;
                if (!partial)
                {
                    published.Add(name);
                }
            }
            else if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, subscribedAttribute))
            {
                runTimeSubscribed |= partial;
                if (!partial)
                {
                    subscribed.Add(name);
                }
            }
        }
    }
}
