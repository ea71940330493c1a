using System.Text;

namespace ParticleContracts.Benchmarks.Corpus;

/// <summary>An indented line writer for the synthetic sources (LF line endings, four-space indents).</summary>
internal sealed class CppWriter
{
    private readonly StringBuilder _text = new();

    public int Indent { get; set; }

    public int Length => _text.Length;

    public void Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', Indent * 4);
        }

        _text.Append(line).Append('\n');
    }

    public void Raw(ReadOnlySpan<char> text) => _text.Append(text);

    public void Append(CppWriter other) => _text.Append(other._text);

    public override string ToString() => _text.ToString();
}
