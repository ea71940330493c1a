using System;
using System.Text;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Targets;

/// <summary>One string setting and where its value is.</summary>
/// <param name="Value">The decoded string.</param>
/// <param name="Location">Where the value (with its quotes) is in the settings file.</param>
internal sealed record WorkbenchSetting(string Value, FirmwareLocation Location);

/// <summary>
/// The target settings of a Particle Workbench project, read from its <c>.vscode/settings.json</c>:
/// <c>particle.firmwareVersion</c> and <c>particle.targetPlatform</c>. The file is JSON with comments (as VS Code
/// writes it); the reader takes top-level string members only, ignores everything else, and never throws.
/// </summary>
/// <param name="Path">The settings file, <c>/</c> separators.</param>
/// <param name="FirmwareVersion">The <c>particle.firmwareVersion</c> member, or null.</param>
/// <param name="TargetPlatform">The <c>particle.targetPlatform</c> member, or null.</param>
internal sealed record WorkbenchSettings(string Path, WorkbenchSetting? FirmwareVersion, WorkbenchSetting? TargetPlatform)
{
    public const string FirmwareVersionKey = "particle.firmwareVersion";
    public const string TargetPlatformKey = "particle.targetPlatform";

    /// <summary>True for <c>…/.vscode/settings.json</c>.</summary>
    public static bool IsSettingsPath(string path)
    {
        var normalized = path.Replace('\\', '/');
        return normalized.EndsWith("/.vscode/settings.json", StringComparison.OrdinalIgnoreCase)
            || string.Equals(normalized, ".vscode/settings.json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The firmware project folder a settings file belongs to: the parent of <c>.vscode</c>.</summary>
    public static string ProjectFolderOf(string settingsPath)
    {
        var normalized = settingsPath.Replace('\\', '/');
        var vscode = normalized.LastIndexOf("/.vscode/", StringComparison.OrdinalIgnoreCase);
        return vscode > 0 ? normalized.Substring(0, vscode) : string.Empty;
    }

    /// <summary>Reads the two settings from <paramref name="text"/>; linear in its length.</summary>
    public static WorkbenchSettings Parse(string path, string text)
    {
        var scanner = new JsoncScanner(path.Replace('\\', '/'), text);
        WorkbenchSetting? version = null;
        WorkbenchSetting? platform = null;
        while (scanner.NextTopLevelStringMember(out var key, out var value))
        {
            if (string.Equals(key, FirmwareVersionKey, StringComparison.Ordinal))
            {
                version = value;
            }
            else if (string.Equals(key, TargetPlatformKey, StringComparison.Ordinal))
            {
                platform = value;
            }
        }

        return new WorkbenchSettings(path.Replace('\\', '/'), version, platform);
    }

    /// <summary>A forward-only scanner over JSON with comments that yields top-level <c>"key": "string"</c> pairs.</summary>
    private sealed class JsoncScanner(string path, string text)
    {
        private int _position;
        private int _depth;
        private int _line = 1;
        private int _lineStart;

        public bool NextTopLevelStringMember(out string key, out WorkbenchSetting? value)
        {
            key = string.Empty;
            value = null;
            while (SkipTrivia())
            {
                var c = text[_position];
                if (c == '"')
                {
                    var atTopLevel = _depth == 1;
                    var start = _position;
                    var startLine = _line;
                    var startColumn = _position - _lineStart + 1;
                    var literal = ReadString();
                    if (!atTopLevel || !SkipTrivia() || text[_position] != ':')
                    {
                        continue;
                    }

                    _position++;
                    key = literal;
                    if (SkipTrivia() && text[_position] == '"')
                    {
                        start = _position;
                        startLine = _line;
                        startColumn = _position - _lineStart + 1;
                        var decoded = ReadString();
                        var location = new FirmwareLocation(path, startLine, startColumn, start, _position - start, _line, _position - _lineStart + 1);
                        value = new WorkbenchSetting(decoded, location);
                        return true;
                    }

                    continue;
                }

                _depth += c is '{' or '[' ? 1 : c is '}' or ']' ? -1 : 0;
                _position++;
            }

            return false;
        }

        /// <summary>Skips whitespace and comments; false at the end of the text.</summary>
        private bool SkipTrivia()
        {
            while (_position < text.Length)
            {
                var c = text[_position];
                if (c == '\n')
                {
                    _position++;
                    _line++;
                    _lineStart = _position;
                }
                else if (c is ' ' or '\t' or '\r' or '\uFEFF')
                {
                    _position++;
                }
                else if (c == '/' && _position + 1 < text.Length && text[_position + 1] == '/')
                {
                    while (_position < text.Length && text[_position] != '\n')
                    {
                        _position++;
                    }
                }
                else if (c == '/' && _position + 1 < text.Length && text[_position + 1] == '*')
                {
                    SkipBlockComment();
                }
                else
                {
                    return true;
                }
            }

            return false;
        }

        private void SkipBlockComment()
        {
            _position += 2;
            while (_position < text.Length && !(text[_position] == '*' && _position + 1 < text.Length && text[_position + 1] == '/'))
            {
                if (text[_position] == '\n')
                {
                    _line++;
                    _lineStart = _position + 1;
                }

                _position++;
            }

            _position = Math.Min(text.Length, _position + 2);
        }

        /// <summary>Reads a string literal starting at the opening quote; an unterminated one ends at the line's end.</summary>
        private string ReadString()
        {
            var builder = new StringBuilder();
            _position++;
            while (_position < text.Length && text[_position] != '"' && text[_position] != '\n')
            {
                var c = text[_position++];
                if (c != '\\' || _position >= text.Length)
                {
                    builder.Append(c);
                    continue;
                }

                var escaped = text[_position++];
                builder.Append(escaped switch
                {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    'b' => '\b',
                    'f' => '\f',
                    'u' => ReadUnicodeEscape(),
                    _ => escaped,
                });
            }

            if (_position < text.Length && text[_position] == '"')
            {
                _position++;
            }

            return builder.ToString();
        }

        private char ReadUnicodeEscape()
        {
            var code = 0;
            for (var index = 0; index < 4; index++)
            {
                var digit = _position + index < text.Length ? HexValue(text[_position + index]) : -1;
                if (digit < 0)
                {
                    return 'u';
                }

                code = (code * 16) + digit;
            }

            _position += 4;
            return (char)code;
        }

        private static int HexValue(char c) => c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };
    }
}
