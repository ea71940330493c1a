using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware.Declarations;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Resolution;

/// <summary>
/// Turns a <see cref="RegistrationSite"/> into a <see cref="Registration"/>: resolves the name (literals,
/// <c>#define</c>, constants, <c>String("x")</c>), the form, the C++ type and the cloud type, and reports the
/// per-registration diagnostics (types, signatures, dangling locals, non-constant names).
/// </summary>
internal sealed partial class RegistrationResolver
{
    private const string NotDeclared = "its declaration is not in this project; declare it in a project file, or bind a named variable";
    private const string NotEvident = "its return type is not evident; write it explicitly ([]() -> int { ... }) or return a typed variable";

    private readonly ProjectSymbols _symbols;
    private readonly ExpressionTypeEvaluator _expressions;
    private readonly CloudNameResolver _names;
    private readonly List<FirmwareDiagnostic> _diagnostics;

    public RegistrationResolver(ProjectSymbols symbols, List<FirmwareDiagnostic> diagnostics)
    {
        _symbols = symbols;
        _expressions = new ExpressionTypeEvaluator(symbols);
        _names = new CloudNameResolver(symbols);
        _diagnostics = diagnostics;
    }

    private void Report(string id, FirmwareLocation location, params string[] arguments)
        => _diagnostics.Add(DiagnosticTable.Create(id, location, arguments));

    public Registration? Resolve(RegistrationSite site, bool conditional)
    {
        var kindText = site.Kind == RegistrationKind.Variable ? "variable" : "function";
        var arguments = site.Arguments;
        var maxArguments = 3;
        if (arguments.Count < 2 || arguments.Count > maxArguments || arguments[0].Text.Length == 0 || arguments[1].Text.Length == 0)
        {
            var expected = site.Kind == RegistrationKind.Variable
                ? "(name, variable), (name, callable) or (name, &variable, TYPE)"
                : "(name, handler) or (name, &Class::method, instance)";
            Report(DiagnosticIds.MalformedRegistration, site.Location, site.ApiObject, kindText, arguments.Count + (arguments.Count == 1 ? " argument" : " arguments"), expected);
            return null;
        }

        var context = new ExpressionContext(site.Location.File, site.Location.Start, site.EnclosingFunction, site.EnclosingClass);
        var nameArgument = arguments[0];
        var nameTokens = TokenRange.Lex(nameArgument.Text);
        var nameExpression = nameTokens.Join();
        var name = _names.Resolve(nameTokens, context);
        var displayKind = DiagnosticTable.Describe(site.Kind);
        if (name is null)
        {
            Report(DiagnosticIds.NameNotConstant, nameArgument.Location, kindText, nameExpression);
        }

        var label = name ?? nameExpression;
        return site.Kind == RegistrationKind.Variable
            ? ResolveVariable(site, context, name, nameExpression, label, displayKind, conditional)
            : ResolveFunction(site, context, name, nameExpression, label, displayKind, conditional);
    }

    private static Registration NewRegistration(RegistrationSite site, string? name, string nameExpression, string? cppType, CloudType cloudType, RegistrationForm form, string? handler, bool conditional, CppDeclaration? declaration)
    {
        string? declarationText = null;
        FirmwareLocation? declarationLocation = null;
        if (declaration is not null)
        {
            declarationText = declaration.Kind == CppDeclarationKind.Function
                ? declaration.Type + " " + (declaration.Scope is null ? string.Empty : declaration.Scope + "::") + declaration.Name + "(" + declaration.Parameters + ")"
                : DeclarationText(declaration);
            declarationLocation = declaration.Location;
        }

        string? handlerKey = null;
        if (site.Kind == RegistrationKind.Function && declaration is { Kind: CppDeclarationKind.Function })
        {
            handlerKey = declaration.Scope is null ? declaration.Name : declaration.Scope + "::" + declaration.Name;
        }

        return new Registration(site.Kind, name, nameExpression, cppType, cloudType, form, handler, site.Location, conditional, declarationText, declarationLocation, HandlerKey: handlerKey);
    }

    private static string DeclarationText(CppDeclaration declaration)
    {
        var type = declaration.Type;
        var bracket = type.IndexOf('[');
        if (bracket < 0)
        {
            return type + " " + declaration.Name;
        }

        // char location[64], not char[64] location.
        return new System.Text.StringBuilder(type.Length + declaration.Name.Length + 1)
            .Append(type, 0, bracket)
            .Append(' ')
            .Append(declaration.Name)
            .Append(type, bracket, type.Length - bracket)
            .ToString();
    }
}
