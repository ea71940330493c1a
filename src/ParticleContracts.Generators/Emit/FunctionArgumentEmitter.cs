using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Emit;

/// <summary>
/// Writes the typed function members of one contract into their own file: on the (partial) interface an overload per
/// function whose argument grammar is known, plus the grammar as metadata for the analyzers; on the (partial) class the
/// nested argument and result types and one-line bodies that encode with <c>ParticleFunctionArguments</c> and call
/// <c>ParticleFunctionCalls</c>. The raw <c>string</c> overloads stay in the proxy file. Pure text.
/// </summary>
internal static class FunctionArgumentEmitter
{
    private const string Task = "global::System.Threading.Tasks.Task";
    private const string CancellationToken = "global::System.Threading.CancellationToken";
    private const string Runtime = "global::ParticleContracts";

    public static string Emit(FunctionArgumentModel model)
    {
        var writer = SourceWriter.StartFile("Typed function arguments, inferred by ParticleContracts from the firmware's handler bodies.", model.Namespace);
        foreach (var member in model.Members)
        {
            writer.WriteLine(MetadataAttribute(member));
        }

        writer.WriteLine($"public partial interface {model.InterfaceName}");
        writer.OpenBlock();
        var first = true;
        foreach (var member in model.Members)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            WriteDocs(writer, member);
            writer.WriteLine(Signature(model, member, qualified: true) + ";");
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"public sealed partial class {model.TypeName}");
        writer.OpenBlock();
        first = true;
        foreach (var member in model.Members)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            FunctionArgumentTypeWriter.Write(writer, member);
            writer.WriteLine("/// <inheritdoc />");
            writer.WriteLine("public " + Signature(model, member, qualified: false));
            writer.WriteLine("    => " + Body(member) + ";");
        }

        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }

    private static string MetadataAttribute(FunctionArgumentMember member)
    {
        var grammar = member.Grammar;
        var builder = new StringBuilder();
        builder.Append('[').Append(Runtime).Append(".ParticleFunctionArguments(").Append(ProxyEmitter.Literal(member.CloudName))
            .Append(", ").Append(Runtime).Append(".ParticleArgumentKind.").Append(KindName(grammar.Kind))
            .Append(", ").Append(ProxyEmitter.Literal(grammar.Separator))
            .Append(", ").Append(grammar.IgnoreCase ? "true" : "false");
        if (grammar.Kind == ArgumentKind.Words)
        {
            foreach (var word in grammar.Words)
            {
                builder.Append(", ").Append(ProxyEmitter.Literal(word));
            }
        }
        else
        {
            foreach (var field in grammar.Fields)
            {
                builder.Append(", ").Append(ProxyEmitter.Literal(FieldTypeName(field.Type) + " " + field.Name));
            }
        }

        return builder.Append(")]").ToString();
    }

    private static string KindName(ArgumentKind kind) => kind switch
    {
        ArgumentKind.None => "None",
        ArgumentKind.Integer => "WholeNumber",
        ArgumentKind.Number => "Number",
        ArgumentKind.Words => "Words",
        ArgumentKind.Fields => "Fields",
        ArgumentKind.Json => "Json",
        _ => "Text",
    };

    internal static string FieldTypeName(ArgumentFieldType type) => type switch
    {
        ArgumentFieldType.Integer => "integer",
        ArgumentFieldType.Number => "number",
        ArgumentFieldType.Boolean => "boolean",
        _ => "text",
    };

    internal static string CSharpType(ArgumentFieldType type) => type switch
    {
        ArgumentFieldType.Integer => "int",
        ArgumentFieldType.Number => "double",
        ArgumentFieldType.Boolean => "bool",
        _ => "string",
    };

    private static string Signature(FunctionArgumentModel model, FunctionArgumentMember member, bool qualified)
    {
        var owner = qualified ? "global::" + model.Namespace + "." + model.TypeName + "." : string.Empty;
        var names = member.Names;
        var result = names.ResultType is { } resultType ? owner + resultType : "int";
        var parameters = Parameters(owner, member);
        return $"{Task}<{result}> {member.MemberName}({parameters}{CancellationToken} cancellationToken = default)";
    }

    /// <summary>The typed parameters of <paramref name="member"/>, each followed by <c>", "</c>; <paramref name="owner"/> qualifies nested types.</summary>
    internal static string Parameters(string owner, FunctionArgumentMember member)
    {
        var names = member.Names;
        var parameters = new StringBuilder();
        switch (member.Grammar.Kind)
        {
            case ArgumentKind.Integer:
                parameters.Append("int ").Append(names.ParameterName).Append(", ");
                break;
            case ArgumentKind.Number:
                parameters.Append("double ").Append(names.ParameterName).Append(", ");
                break;
            case ArgumentKind.Words:
            case ArgumentKind.Json:
                parameters.Append(owner).Append(names.ArgumentType).Append(' ').Append(names.ParameterName).Append(", ");
                break;
            case ArgumentKind.Fields:
                for (var i = 0; i < member.Grammar.Fields.Count; i++)
                {
                    parameters.Append(CSharpType(member.Grammar.Fields[i].Type)).Append(' ').Append(names.ItemNames[i]).Append(", ");
                }

                break;
        }

        return parameters.ToString();
    }

    private static string Body(FunctionArgumentMember member)
    {
        var name = ProxyEmitter.Literal(member.CloudName);
        var argument = FunctionArgumentTypeWriter.EncodeExpression(member);
        return member.Names.ResultType is { } resultType
            ? $"{Runtime}.ParticleFunctionCalls.CallAsync(_client, DeviceIdOrName, {name}, {argument}, FunctionArgumentLimit, static value => new {resultType}(value), cancellationToken)"
            : $"{Runtime}.ParticleDeviceCalls.CallFunctionAsync(_client, DeviceIdOrName, {name}, {argument}, FunctionArgumentLimit, cancellationToken)";
    }

    private static void WriteDocs(SourceWriter writer, FunctionArgumentMember member)
    {
        writer.WriteLine($"/// <summary>Calls the cloud function <c>{ProxyEmitter.Xml(member.CloudName)}</c> with {Grammar(member.Grammar)}.</summary>");
        var remarks = new StringBuilder("/// <remarks>Inferred from the handler");
        if (member.File is not null)
        {
            remarks.Append(" in <c>").Append(ProxyEmitter.Xml(member.File)).Append("</c>");
            if (!member.Grammar.Lines.IsEmpty)
            {
                remarks.Append(member.Grammar.Lines.Count == 1 ? " line " : " lines ").Append(Lines(member.Grammar.Lines));
            }
        }

        remarks.Append(". The encoded argument is checked against <c>FunctionArgumentLimit</c> before it is sent; the <c>string</c> overload sends any text.</remarks>");
        writer.WriteLine(remarks.ToString());
        var names = member.Names;
        switch (member.Grammar.Kind)
        {
            case ArgumentKind.Integer:
            case ArgumentKind.Number:
                writer.WriteLine($"/// <param name=\"{names.ParameterName.TrimStart('@')}\">The number the handler parses (sent in the invariant culture).</param>");
                break;
            case ArgumentKind.Words:
                writer.WriteLine($"/// <param name=\"{names.ParameterName.TrimStart('@')}\">The word to send.</param>");
                break;
            case ArgumentKind.Json:
                writer.WriteLine($"/// <param name=\"{names.ParameterName.TrimStart('@')}\">The JSON fields the handler reads.</param>");
                break;
            case ArgumentKind.Fields:
                for (var i = 0; i < member.Grammar.Fields.Count; i++)
                {
                    var field = member.Grammar.Fields[i];
                    writer.WriteLine($"/// <param name=\"{names.ItemNames[i].TrimStart('@')}\">Field {(i + 1).ToString(CultureInfo.InvariantCulture)}, <c>{ProxyEmitter.Xml(field.Name)}</c> in the firmware.</param>");
                }

                break;
        }

        writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the request.</param>");
        writer.WriteLine(member.Names.ResultType is null
            ? "/// <returns>The value the handler returned (computed by the handler).</returns>"
            : "/// <returns>The value the handler returned, with its known code.</returns>");
    }

    /// <summary>The grammar in words for the docs: <c>one of <c>open</c>, <c>close</c> (case-sensitive)</c>.</summary>
    internal static string Grammar(ArgumentGrammar grammar)
    {
        switch (grammar.Kind)
        {
            case ArgumentKind.None:
                return "no argument (the handler never reads it; an empty string is sent)";
            case ArgumentKind.Integer:
                return "a whole number";
            case ArgumentKind.Number:
                return "a number";
            case ArgumentKind.Words:
                var words = new List<string>();
                foreach (var word in grammar.Words)
                {
                    words.Add("<c>" + ProxyEmitter.Xml(word) + "</c>");
                }

                return "one of " + string.Join(", ", words) + (grammar.IgnoreCase ? " (case ignored)" : " (case-sensitive)");
            case ArgumentKind.Fields:
                var fields = new List<string>();
                foreach (var field in grammar.Fields)
                {
                    fields.Add(ProxyEmitter.Xml(field.Name));
                }

                return "the fields <c>" + string.Join(ProxyEmitter.Xml(grammar.Separator), fields) + "</c>";
            case ArgumentKind.Json:
                var keys = new List<string>();
                foreach (var field in grammar.Fields)
                {
                    keys.Add("<c>" + ProxyEmitter.Xml(field.Name) + "</c> (" + FieldTypeName(field.Type) + ")");
                }

                return "a JSON object with " + string.Join(", ", keys);
            default:
                return "any text";
        }
    }

    private static string Lines(EquatableArray<int> lines)
    {
        var parts = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            parts.Add(line.ToString(CultureInfo.InvariantCulture));
        }

        return string.Join(", ", parts);
    }
}
