using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware.Declarations;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Resolution;

/// <summary>Variable registrations: the bound object or callable, its C++ type and its cloud type.</summary>
internal sealed partial class RegistrationResolver
{
    private Registration ResolveVariable(RegistrationSite site, ExpressionContext context, string? name, string nameExpression, string label, string displayKind, bool conditional)
    {
        var valueArgument = site.Arguments[1];
        var valueTokens = TokenRange.Lex(valueArgument.Text);
        var handler = valueTokens.Join();
        var value = _expressions.Evaluate(valueTokens, context, 0);

        if (site.Arguments.Count == 3)
        {
            return ResolveLegacyVariable(site, context, name, nameExpression, label, displayKind, conditional, value, handler);
        }

        string? cppType = null;
        var cloudType = CloudType.None;
        var form = RegistrationForm.Reference;
        switch (value.Kind)
        {
            case ValueKind.Lambda:
            case ValueKind.Function:
            case ValueKind.FunctionPointer:
            case ValueKind.CallableObject:
                form = RegistrationForm.Calculated;
                if (value.Kind == ValueKind.Lambda)
                {
                    handler = "lambda";
                }

                cppType = value.Type;
                if (!string.IsNullOrEmpty(value.Parameters))
                {
                    Report(DiagnosticIds.UnsupportedVariableType, valueArgument.Location, displayKind, label, handler + " (a callable taking " + value.Parameters + ")");
                    cppType = value.Type is null ? null : value.Type + "(" + value.Parameters + ")";
                }
                else if (value.Type is null)
                {
                    Report(DiagnosticIds.UnresolvedVariableType, valueArgument.Location, displayKind, label, value.IsLambda ? "a lambda" : "'" + handler + "'", NotEvident);
                }
                else
                {
                    cloudType = CloudTypeRules.ForCalculated(value.Type, out var problem);
                    if (problem != CloudTypeProblem.None)
                    {
                        Report(DiagnosticIds.UnsupportedVariableType, valueArgument.Location, displayKind, label, value.Type);
                    }
                }

                break;
            case ValueKind.StringLiteral:
                cppType = value.Type;
                cloudType = CloudType.String;
                break;
            case ValueKind.Object:
                cppType = value.Type;
                if (value.AddressOf && value.Type is not null)
                {
                    // Particle.variable("n", &x): the pointer overload reads x.
                    cppType = value.Subscripted ? ElementPointer(value.Type) : value.Type;
                }
                else if (value.Subscripted && value.Type is not null)
                {
                    cppType = ElementType(value.Type);
                }

                if (cppType is null)
                {
                    Report(DiagnosticIds.UnresolvedVariableType, valueArgument.Location, displayKind, label, "'" + handler + "'", NotDeclared);
                    break;
                }

                cloudType = CheckReferenceType(cppType, valueArgument.Location, displayKind, label, handler);
                CheckStorage(value.Declaration, valueArgument.Location, displayKind, label, handler);
                break;
            default:
                Report(DiagnosticIds.UnresolvedVariableType, valueArgument.Location, displayKind, label, "'" + handler + "'", NotDeclared);
                break;
        }

        return NewRegistration(site, name, nameExpression, cppType, cloudType, form, handler, conditional, value.Declaration);
    }

    private CloudType CheckReferenceType(string cppType, FirmwareLocation location, string displayKind, string label, string handler)
    {
        var cloudType = CloudTypeRules.ForReference(cppType, _symbols, out var problem);
        switch (problem)
        {
            case CloudTypeProblem.FloatByReference:
                Report(DiagnosticIds.FloatVariableByReference, location, displayKind, label, handler);
                break;
            case CloudTypeProblem.BindsTemporary:
                Report(DiagnosticIds.VariableBindsTemporary, location, displayKind, label, handler, cppType);
                break;
            case CloudTypeProblem.Unsupported:
                Report(DiagnosticIds.UnsupportedVariableType, location, displayKind, label, cppType);
                break;
        }

        return cloudType;
    }

    private void CheckStorage(CppDeclaration? declaration, FirmwareLocation location, string displayKind, string label, string handler)
    {
        if (declaration is { Storage: CppStorage.Local or CppStorage.Parameter })
        {
            Report(DiagnosticIds.VariableBoundToLocal, location, displayKind, label, handler, declaration.Scope ?? "the function");
        }
    }

    private static string ElementType(string type)
    {
        var shape = CppTypeShape.Parse(type);
        if (shape.IsArray || shape.PointerDepth > 0)
        {
            return (shape.IsConst ? "const " : string.Empty) + shape.Base + new string('*', shape.IsArray ? shape.PointerDepth : shape.PointerDepth - 1);
        }

        return type;
    }

    private static string ElementPointer(string type) => ElementType(type) + "*";

    private Registration ResolveLegacyVariable(RegistrationSite site, ExpressionContext context, string? name, string nameExpression, string label, string displayKind, bool conditional, ValueInfo value, string handler)
    {
        var valueArgument = site.Arguments[1];
        var tagArgument = site.Arguments[2];
        var tag = TokenRange.Lex(tagArgument.Text).Join();
        var cloudType = CloudTypeRules.ForLegacyTag(tag);
        if (cloudType == CloudType.None)
        {
            Report(DiagnosticIds.MalformedRegistration, tagArgument.Location, site.ApiObject, "variable", "type tag '" + tag + "'", "INT, DOUBLE, STRING or BOOLEAN as the third argument");
            return NewRegistration(site, name, nameExpression, null, CloudType.None, RegistrationForm.LegacyPointer, handler, conditional, value.Declaration);
        }

        string? cppType = value.Kind == ValueKind.StringLiteral ? value.Type : value.Kind == ValueKind.Object ? value.Type : null;
        if (value.Kind == ValueKind.Object && value.Subscripted && cppType is not null)
        {
            // &buf[0] is a char*; buf[0] a char.
            cppType = value.AddressOf ? ElementPointer(cppType) : ElementType(cppType);
        }

        if (value.Kind is ValueKind.Unresolved or ValueKind.Other || (value.Kind == ValueKind.Object && cppType is null))
        {
            Report(DiagnosticIds.UnresolvedVariableType, valueArgument.Location, displayKind, label, "'" + handler + "'", NotDeclared);
            return NewRegistration(site, name, nameExpression, null, cloudType, RegistrationForm.LegacyPointer, handler, conditional, value.Declaration);
        }

        if (cppType is not null)
        {
            var problem = LegacyTagProblem(cloudType, cppType, value);
            if (problem is not null)
            {
                Report(DiagnosticIds.LegacyTypeTagMismatch, valueArgument.Location, displayKind, label, handler, cppType, tag, problem);
            }
        }

        CheckStorage(value.Declaration, valueArgument.Location, displayKind, label, handler);
        return NewRegistration(site, name, nameExpression, cppType, cloudType, RegistrationForm.LegacyPointer, handler, conditional, value.Declaration);
    }

    private static string? LegacyTagProblem(CloudType tag, string cppType, ValueInfo value)
    {
        var shape = CppTypeShape.Parse(cppType);
        var baseType = CloudTypeRules.NormalizeBase(shape.Base);
        var isScalar = !shape.IsArray && shape.PointerDepth == 0;
        switch (tag)
        {
            case CloudType.String:
                if (value.Kind == ValueKind.StringLiteral || (value.AddressOf && value.Subscripted && shape.PointerDepth == 1 && CloudTypeRules.IsCharLike(baseType)))
                {
                    // "text" and &buf[0].
                    return null;
                }

                if (baseType == "String" && isScalar)
                {
                    return value.AddressOf ? null : "pass &" + value.Name + " (the String object's address), or declare it as char " + value.Name + "[]";
                }

                if (shape.IsArray && CloudTypeRules.IsCharLike(baseType))
                {
                    return value.AddressOf && !value.Subscripted ? "pass the array without & in front of it" : null;
                }

                if (shape.PointerDepth == 1 && CloudTypeRules.IsCharLike(baseType))
                {
                    return value.AddressOf ? "pass the pointer without &" : null;
                }

                return "STRING needs a char array, a char pointer or &aStringObject";
            case CloudType.Int32:
                if (!value.AddressOf)
                {
                    return "pass its address: &" + value.Name;
                }

                return isScalar && (baseType is "int" or "int32_t" or "uint32_t" or "long" or "unsigned long" or "signed int") ? null : "INT needs an int, int32_t or uint32_t variable";
            case CloudType.Double:
                if (!value.AddressOf)
                {
                    return "pass its address: &" + value.Name;
                }

                return isScalar && baseType == "double" ? null : "DOUBLE needs a double variable";
            case CloudType.Bool:
                if (!value.AddressOf)
                {
                    return "pass its address: &" + value.Name;
                }

                return isScalar && baseType == "bool" ? null : "BOOLEAN needs a bool variable";
            default:
                return null;
        }
    }
}
