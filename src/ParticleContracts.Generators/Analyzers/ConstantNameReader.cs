using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>
/// Reads a cloud name written as a compile-time constant: a string literal, a <c>const</c> field or local, or a
/// concatenation of those. <c>nameof(...)</c> is not a cloud name (it names a C# symbol), nor is anything computed.
/// </summary>
internal static class ConstantNameReader
{
    /// <summary>The constant name of <paramref name="value"/>, or null when it is not written as a constant name.</summary>
    public static string? Read(IOperation value)
    {
        var operation = Unwrap(value);
        if (operation.ConstantValue is not { HasValue: true, Value: string text })
        {
            return null;
        }

        return IsNameExpression(operation) ? text : null;
    }

    /// <summary>The constant string of <paramref name="value"/> whatever its form (used for argument lengths).</summary>
    public static string? ReadAnyConstant(IOperation value) =>
        Unwrap(value).ConstantValue is { HasValue: true, Value: string text } ? text : null;

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static bool IsNameExpression(IOperation operation)
    {
        operation = Unwrap(operation);
        switch (operation)
        {
            case ILiteralOperation:
                return true;
            case IFieldReferenceOperation { Field.IsConst: true }:
                return true;
            case ILocalReferenceOperation { Local.IsConst: true }:
                return true;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                return IsNameExpression(binary.LeftOperand) && IsNameExpression(binary.RightOperand);
            case IParenthesizedOperation parenthesized:
                return IsNameExpression(parenthesized.Operand);
            default:
                return false;
        }
    }
}
