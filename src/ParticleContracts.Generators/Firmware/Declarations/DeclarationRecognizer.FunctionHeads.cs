using System.Collections.Generic;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Declarations;

/// <summary>Function declarations and definition heads: parameters, <c>const</c>, trailing return types.</summary>
internal sealed partial class DeclarationRecognizer
{
    /// <summary>A function declarator: the name at <paramref name="nameIndex"/>, its parameter list at <paramref name="open"/>.</summary>
    private void RecognizeFunctionHead(int nameIndex, int open, string? qualifier, string? specialisation, string returnType, Specifiers specifiers, DeclarationContext context)
    {
        var close = _statement.FindClosing(open);
        if (close < 0)
        {
            return;
        }

        var parameterList = context.OpensBlock && RecordParameters ? new List<(string Type, string? Name, FirmwareToken NameToken)>() : null;
        var parameters = CppParameterList.Parse(_statement.Sub(open + 1, close), parameterList);
        var isConstMethod = ReadFunctionSuffix(close + 1, specifiers.SawAuto, ref returnType);

        var name = _statement[nameIndex];
        var location = TokenLocation.Of(_path, name);
        var className = qualifier ?? context.MemberOf;
        var nameText = TokenText.Get(_statement.Text, name);
        if (context.IsTypedef)
        {
            _output.Add(new CppDeclaration(nameText, CppDeclarationKind.Alias, returnType, location, Parameters: parameters, IsFunctionPointer: true));
            return;
        }

        if (!ParametersOnly)
        {
            var storage = className is null ? CppStorage.Global : specifiers.IsStatic ? CppStorage.StaticMember : CppStorage.Member;
            _output.Add(new CppDeclaration(
                nameText,
                CppDeclarationKind.Function,
                returnType,
                location,
                Parameters: parameters,
                Storage: storage,
                Scope: className,
                IsConstMethod: isConstMethod,
                IsStatic: specifiers.IsStatic,
                TemplateParameters: context.TemplateParameters,
                TemplateArguments: specialisation));
        }

        if (context.OpensBlock)
        {
            var key = className is null ? nameText : className + "::" + nameText;
            DefinedFunctionKey = key;
            DefinedFunctionClass = className;
            AddParameters(parameterList, key);
        }
    }

    /// <summary>
    /// Reads what follows the parameter list up to a constructor initializer list: <c>const</c> (returned) and a
    /// trailing return type (replacing <paramref name="returnType"/> when the declared type is <c>auto</c>).
    /// </summary>
    private bool ReadFunctionSuffix(int j, bool sawAuto, ref string returnType)
    {
        var end = _statement.End;
        var isConstMethod = false;
        while (j < end)
        {
            if (Word(j, "const"))
            {
                isConstMethod = true;
            }
            else if (Punct(j, "->"))
            {
                var typeEnd = j + 1;
                while (typeEnd < end && !Punct(typeEnd, "{") && !Punct(typeEnd, "=") && !Word(typeEnd, "override"))
                {
                    typeEnd++;
                }

                if (sawAuto)
                {
                    returnType = _statement.Sub(j + 1, typeEnd).Join();
                }

                j = typeEnd;
                continue;
            }
            else if (Punct(j, ":"))
            {
                // Constructor initializer list.
                break;
            }

            j++;
        }

        return isConstMethod;
    }

    private void AddParameters(List<(string Type, string? Name, FirmwareToken NameToken)>? parameterList, string functionKey)
    {
        if (parameterList is null)
        {
            return;
        }

        foreach (var parameter in parameterList)
        {
            if (parameter.Name is not null)
            {
                _output.Add(new CppDeclaration(parameter.Name, CppDeclarationKind.Variable, parameter.Type, TokenLocation.Of(_path, parameter.NameToken), Storage: CppStorage.Parameter, Scope: functionKey));
            }
        }
    }
}
