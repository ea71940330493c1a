using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>
/// Symbol and syntax lookups the cloud-call analyzer makes about a call: which argument names the cloud member, where
/// its type argument is written, and whether the receiver's generated proxy has a typed member for the name.
/// </summary>
internal static class ProxyMemberLookup
{
    /// <summary>Whether the receiver's type (its bases or interfaces) has a public generated member for this cloud name and kind.</summary>
    public static bool HasTypedMember(ITypeSymbol receiverType, string memberName, RegistrationKind kind, ITypeSymbol returnType)
    {
        for (var type = receiverType; type is not null; type = type.BaseType)
        {
            if (HasTypedMemberDeclared(type, memberName, kind, returnType))
            {
                return true;
            }
        }

        foreach (var implemented in receiverType.AllInterfaces)
        {
            if (HasTypedMemberDeclared(implemented, memberName, kind, returnType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTypedMemberDeclared(ITypeSymbol type, string memberName, RegistrationKind kind, ITypeSymbol returnType)
    {
        foreach (var member in type.GetMembers(memberName))
        {
            if (member is not IMethodSymbol { IsStatic: false, IsGenericMethod: false, DeclaredAccessibility: Accessibility.Public } method
                || !SymbolEqualityComparer.Default.Equals(method.ReturnType, returnType))
            {
                continue;
            }

            var required = 0;
            foreach (var parameter in method.Parameters)
            {
                if (!parameter.IsOptional)
                {
                    required++;
                }
            }

            var fits = kind == RegistrationKind.Variable
                ? required == 0
                : method.Parameters.Length >= 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_String && required <= 1;
            if (fits)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The location of the single type argument of a generic call (<c>GetVariableAsync&lt;int&gt;</c>), or null.</summary>
    public static Location? TypeArgumentLocation(IInvocationOperation invocation)
    {
        if (invocation.Syntax is not InvocationExpressionSyntax call)
        {
            return null;
        }

        var name = call.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name,
            SimpleNameSyntax simple => simple,
            MemberBindingExpressionSyntax binding => binding.Name,
            _ => null,
        };
        return name is GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } generic
            ? generic.TypeArgumentList.Arguments[0].GetLocation()
            : null;
    }

    /// <summary>The argument that names the cloud variable or function, or null.</summary>
    public static IArgumentOperation? FindNameArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter
                && parameter.Name is "name" or "variableName" or "functionName")
            {
                return argument;
            }
        }

        return null;
    }
}
