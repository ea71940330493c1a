using System.Globalization;
using System.Text;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Emit;

/// <summary>The nested types of one typed function member: the words enum or JSON record, the return-code enum and result, the encoder.</summary>
internal static class FunctionArgumentTypeWriter
{
    private const string Runtime = "global::ParticleContracts";

    /// <summary>The expression that encodes the member's parameters into the argument string.</summary>
    public static string EncodeExpression(FunctionArgumentMember member)
    {
        var names = member.Names;
        var grammar = member.Grammar;
        switch (grammar.Kind)
        {
            case ArgumentKind.Integer:
                return $"{Runtime}.ParticleFunctionArguments.WholeNumber({names.ParameterName})";
            case ArgumentKind.Number:
                return $"{Runtime}.ParticleFunctionArguments.Number({names.ParameterName})";
            case ArgumentKind.Words:
            case ArgumentKind.Json:
                return $"Encode{names.ArgumentType}({names.ParameterName})";
            case ArgumentKind.Fields:
                var builder = new StringBuilder($"{Runtime}.ParticleFunctionArguments.Fields({ProxyEmitter.Literal(grammar.Separator)}");
                for (var i = 0; i < grammar.Fields.Count; i++)
                {
                    builder.Append(", ").Append(FieldValue(grammar.Fields[i].Type, names.ItemNames[i]));
                }

                return builder.Append(')').ToString();
            default:
                return "string.Empty";
        }
    }

    public static void Write(SourceWriter writer, FunctionArgumentMember member)
    {
        switch (member.Grammar.Kind)
        {
            case ArgumentKind.Words:
                WriteWords(writer, member);
                break;
            case ArgumentKind.Json:
                WriteJson(writer, member);
                break;
        }

        if (member.Names.ResultType is not null)
        {
            WriteResult(writer, member);
        }
    }

    private static string FieldValue(ArgumentFieldType type, string value) => type switch
    {
        ArgumentFieldType.Integer => $"{Runtime}.ParticleFunctionArguments.WholeNumber({value})",
        ArgumentFieldType.Number => $"{Runtime}.ParticleFunctionArguments.Number({value})",
        ArgumentFieldType.Boolean => $"{Runtime}.ParticleFunctionArguments.Boolean({value})",
        _ => value,
    };

    private static void WriteWords(SourceWriter writer, FunctionArgumentMember member)
    {
        var names = member.Names;
        var type = names.ArgumentType!;
        var words = member.Grammar.Words;
        writer.WriteLine($"/// <summary>The words the handler of <c>{ProxyEmitter.Xml(member.CloudName)}</c> accepts; each is sent exactly as the firmware spells it.</summary>");
        writer.WriteLine(ProxyEmitter.GeneratedCodeAttribute);
        writer.WriteLine($"public enum {type}");
        writer.OpenBlock();
        for (var i = 0; i < words.Count; i++)
        {
            writer.WriteLine($"/// <summary>Sends <c>{ProxyEmitter.Xml(words[i])}</c>.</summary>");
            writer.WriteLine(names.ItemNames[i] + ",");
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"private static string Encode{type}({type} value) => value switch");
        writer.OpenBlock();
        for (var i = 0; i < words.Count; i++)
        {
            writer.WriteLine($"{type}.{names.ItemNames[i]} => {ProxyEmitter.Literal(words[i])},");
        }

        writer.WriteLine("_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, null),");
        writer.CloseBlock(";");
        writer.WriteLine();
    }

    private static void WriteJson(SourceWriter writer, FunctionArgumentMember member)
    {
        var names = member.Names;
        var type = names.ArgumentType!;
        var fields = member.Grammar.Fields;
        writer.WriteLine($"/// <summary>The JSON fields the handler of <c>{ProxyEmitter.Xml(member.CloudName)}</c> reads.</summary>");
        for (var i = 0; i < fields.Count; i++)
        {
            writer.WriteLine($"/// <param name=\"{names.ItemNames[i]}\">The JSON key <c>{ProxyEmitter.Xml(fields[i].Name)}</c>.</param>");
        }

        writer.WriteLine(ProxyEmitter.GeneratedCodeAttribute);
        var parameters = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            parameters.Append(i == 0 ? string.Empty : ", ").Append(FunctionArgumentEmitter.CSharpType(fields[i].Type))
                .Append(fields[i].Type == ArgumentFieldType.Text ? "? " : " ").Append(names.ItemNames[i]);
        }

        writer.WriteLine($"public sealed record {type}({parameters});");
        writer.WriteLine();
        writer.WriteLine($"private static string Encode{type}({type} value)");
        writer.OpenBlock();
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(value);");
        writer.WriteLine($"return {Runtime}.ParticleFunctionArguments.Json(");
        for (var i = 0; i < fields.Count; i++)
        {
            var factory = fields[i].Type switch
            {
                ArgumentFieldType.Integer => "WholeNumber",
                ArgumentFieldType.Number => "Number",
                ArgumentFieldType.Boolean => "Boolean",
                _ => "Text",
            };
            writer.WriteLine($"    {Runtime}.ParticleJsonArgument.{factory}({ProxyEmitter.Literal(fields[i].Name)}, value.{names.ItemNames[i]}){(i + 1 < fields.Count ? "," : ");")}");
        }

        writer.CloseBlock();
        writer.WriteLine();
    }

    private static void WriteResult(SourceWriter writer, FunctionArgumentMember member)
    {
        var names = member.Names;
        var codes = member.ReturnCodes;
        var codeType = names.CodeType!;
        writer.WriteLine($"/// <summary>The values the handler of <c>{ProxyEmitter.Xml(member.CloudName)}</c> returns.</summary>");
        writer.WriteLine(ProxyEmitter.GeneratedCodeAttribute);
        writer.WriteLine($"public enum {codeType}");
        writer.OpenBlock();
        for (var i = 0; i < codes.Count; i++)
        {
            var code = codes[i];
            var from = code.Constant is { } constant ? $"<c>return {ProxyEmitter.Xml(constant)};</c>" : $"<c>return {code.Value.ToString(CultureInfo.InvariantCulture)};</c>";
            writer.WriteLine($"/// <summary>{from} (line {code.Line.ToString(CultureInfo.InvariantCulture)}).</summary>");
            writer.WriteLine($"{names.CodeNames[i]} = {code.Value.ToString(CultureInfo.InvariantCulture)},");
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($$"""
            /// <summary>What the handler of <c>{{ProxyEmitter.Xml(member.CloudName)}}</c> returned: the raw value and, when the firmware returns it on some path, its code.</summary>
            /// <param name="ReturnValue">The raw <c>return_value</c>.</param>
            {{ProxyEmitter.GeneratedCodeAttribute}}
            public readonly record struct {{names.ResultType}}(int ReturnValue)
            """);
        writer.OpenBlock();
        writer.WriteLine($"/// <summary>The known code, or null when the device returned a value the firmware's handler does not return.</summary>");
        writer.WriteLine($"public {codeType}? Code => ReturnValue switch");
        writer.OpenBlock();
        for (var i = 0; i < codes.Count; i++)
        {
            writer.WriteLine($"{codes[i].Value.ToString(CultureInfo.InvariantCulture)} => {codeType}.{names.CodeNames[i]},");
        }

        writer.WriteLine("_ => null,");
        writer.CloseBlock(";");
        writer.CloseBlock();
        writer.WriteLine();
    }
}
