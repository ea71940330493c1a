using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>The interfaces a compilation declares (where the generated contract interfaces are), namespace by namespace.</summary>
internal static class CompilationInterfaces
{
    /// <summary>Every top-level interface of <paramref name="compilation"/>'s own assembly; the order is not specified.</summary>
    public static IEnumerable<INamedTypeSymbol> Of(Compilation compilation, CancellationToken cancellationToken)
    {
        var namespaces = new Stack<INamespaceSymbol>();
        namespaces.Push(compilation.Assembly.GlobalNamespace);
        while (namespaces.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = namespaces.Pop();
            foreach (var child in current.GetNamespaceMembers())
            {
                namespaces.Push(child);
            }

            foreach (var type in current.GetTypeMembers())
            {
                if (type.TypeKind == TypeKind.Interface)
                {
                    yield return type;
                }
            }
        }
    }
}
