using System;
using System.Text;

namespace ParticleContracts.Generators.Emit;

/// <summary>
/// Appends C# text with indentation. Lines always end with <c>\n</c> so output is byte-identical across platforms.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";

    private readonly StringBuilder _builder = new();
    private int _indent;

    public int Indent => _indent;

    public void WriteLine()
    {
        _builder.Append('\n');
    }

    /// <summary>Writes one line, or several: a multi-line text (e.g. a raw string literal) is indented line by line.</summary>
    public void WriteLine(string text)
    {
        if (text.IndexOf('\n') < 0)
        {
            AppendIndented(text);
            return;
        }

        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            AppendIndented(text.Substring(start, end - start).TrimEnd('\r'));
            start = end + 1;
        }
    }

    public void OpenBlock()
    {
        WriteLine("{");
        _indent++;
    }

    public void CloseBlock(string suffix = "")
    {
        if (_indent == 0)
        {
            throw new InvalidOperationException("CloseBlock without a matching OpenBlock.");
        }

        _indent--;
        WriteLine("}" + suffix);
    }

    public override string ToString() => _builder.ToString();

    private void AppendIndented(string line)
    {
        if (line.Length == 0)
        {
            _builder.Append('\n');
            return;
        }

        for (var i = 0; i < _indent; i++)
        {
            _builder.Append(IndentUnit);
        }

        _builder.Append(line).Append('\n');
    }
}
