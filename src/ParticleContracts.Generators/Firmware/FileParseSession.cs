using System.Collections.Generic;
using System.Threading;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware.Declarations;
using ParticleContracts.Generators.Firmware.Events;
using ParticleContracts.Generators.Firmware.Handlers;
using ParticleContracts.Generators.Firmware.Lexing;
using ParticleContracts.Generators.Firmware.Preprocessor;
using ParticleContracts.Generators.Firmware.Scanning;
using ParticleContracts.Generators.Targets;

namespace ParticleContracts.Generators.Firmware;

/// <summary>
/// One <see cref="FirmwareFileParser.Parse"/> call: pulls tokens from the lexer one at a time and passes them through
/// the stages in order — directives to the preprocessor, active tokens to the statement scanner, each finished
/// statement to the registration-call scanner and the declaration recognizer.
/// </summary>
internal sealed class FileParseSession
{
    private readonly string _path;
    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private readonly List<MacroDefinition> _macros = new();
    private readonly List<CppDeclaration> _declarations = new();
    private readonly List<RegistrationSite> _sites = new();
    private readonly List<FirmwareDiagnostic> _diagnostics = new();
    private readonly ConditionalStack _conditions;
    private readonly DirectiveProcessor _directives;
    private readonly StatementScanner _statements;
    private readonly RegistrationCallScanner _calls;
    private readonly List<FeatureUse> _features = new();
    private readonly FeatureUseScanner _featureScanner;
    private readonly List<DataUse> _dataUses = new();
    private readonly DataUseScanner? _dataScanner;
    private readonly List<PayloadStatement> _payloads = new();
    private readonly PayloadStatementScanner _payloadScanner;
    private readonly ScopeStack _scopes = new();
    private readonly DeclarationRecognizer _recognizer;
    private readonly BlockHeadRecognizer _blockHeads;
    private readonly LocalDeclarationReplay _locals;
    private readonly HandlerCollector _handlers;
    private FirmwareLexer _lexer;
    private int _tokensSinceDirective;
    private string? _afterBodyType;
    private bool _afterBodyTypedef;
    private int? _productVersion;

    public FileParseSession(string path, string text, CancellationToken cancellationToken)
    {
        _path = path;
        _text = text;
        _cancellationToken = cancellationToken;
        _lexer = new FirmwareLexer(text);

        // Sized for typical firmware density so the lists rarely regrow.
        _declarations.Capacity = 16 + (text.Length / 160);
        _conditions = new ConditionalStack(_diagnostics);
        _directives = new DirectiveProcessor(path, text, _conditions, _macros, _diagnostics);
        _statements = new StatementScanner(text);
        _calls = new RegistrationCallScanner(path, _sites, _diagnostics);
        _featureScanner = new FeatureUseScanner(path, _features);
        _dataScanner = DataUseScanner.MayUseData(text) ? new DataUseScanner(path, _dataUses) : null;
        _payloadScanner = new PayloadStatementScanner(path, _payloads, _statements, _conditions);
        _recognizer = new DeclarationRecognizer(path, _declarations);
        _blockHeads = new BlockHeadRecognizer(_recognizer);
        _locals = new LocalDeclarationReplay(text, _recognizer);
        _handlers = new HandlerCollector(path, text);
    }

    public FirmwareFileModel Run()
    {
        var counter = 0;
        var active = true;
        while (true)
        {
            if ((++counter & 0xFF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            var token = _lexer.Next();
            if (token.Kind == FirmwareTokenKind.EndOfFile)
            {
                EndStatement(opensBlock: false);
                break;
            }

            if (token.Kind == FirmwareTokenKind.Directive)
            {
                _directives.Handle(token, _tokensSinceDirective);
                _tokensSinceDirective = 0;
                active = _conditions.IsActive;
                continue;
            }

            _tokensSinceDirective++;
            if (active)
            {
                Add(token);
            }
        }

        return Finish();
    }

    private void Add(FirmwareToken token)
    {
        _handlers.Take(token);
        switch (_statements.Add(token, _conditions.CurrentSnapshot))
        {
            case StatementBreak.End:
                EndStatement(opensBlock: false);
                _afterBodyType = null;
                break;
            case StatementBreak.OpenBlock:
                OpenBlock();
                break;
            case StatementBreak.CloseBlock:
                CloseBlock();
                break;
        }
    }

    private FirmwareFileModel Finish()
    {
        for (var i = _scopes.Count - 1; i > 0; i--)
        {
            if (_scopes[i].Kind == ScopeKind.Function)
            {
                _locals.LeaveFunction(_scopes[i], _calls.Count);
            }
        }

        _conditions.ReportUnclosed();
        if (_lexer.HasUnterminatedComment)
        {
            _diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.MalformedSource, LocationAt(_text.Length), "/* comment"));
        }

        _statements.Release();
        return new FirmwareFileModel(
            _path,
            FirmwareFileRole.Source,
            _macros.ToEquatableArray(),
            _declarations.ToEquatableArray(),
            _sites.ToEquatableArray(),
            _diagnostics.ToEquatableArray(),
            _productVersion,
            _features.ToEquatableArray(),
            DataUses: _dataUses.ToEquatableArray(),
            Handlers: _handlers.Shapes,
            PayloadStatements: _payloads.ToEquatableArray());
    }

    private FirmwareLocation LocationAt(int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < _text.Length; i++)
        {
            if (_text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = (offset - lineStart) + 1;
        return new FirmwareLocation(_path, line, column, offset, 0, line, column);
    }

    private void EndStatement(bool opensBlock)
    {
        if (_statements.Count > 0)
        {
            var (function, className) = _scopes.Enclosing();
            _calls.Scan(_statements, _conditions, function, className);
            _featureScanner.Scan(_statements.Statement);
            _dataScanner?.Scan(_statements.Statement, function);
            _payloadScanner.Scan(_statements.Statement, function, className);
            var (scope, name, inEnum) = _scopes.CurrentStatementScope();
            if (scope == StatementScope.File && _productVersion is null)
            {
                _productVersion = ProductVersionScanner.Read(_statements.Statement);
            }

            if (!inEnum && !opensBlock)
            {
                RecognizeStatement(_statements.Statement, scope, name);
            }
            else if (inEnum && !opensBlock)
            {
                EnumeratorReader.Read(_statements.Statement, _path, name is null || (name.Length > 0 && name[0] == '<') ? null : name, _declarations);
            }
        }

        _statements.Clear();
    }

    private void RecognizeStatement(TokenRange statement, StatementScope scope, string? name)
    {
        var startsWithName = statement[0].Kind == FirmwareTokenKind.Identifier;
        if (_afterBodyType is not null && (startsWithName || statement.Punct(0, "*")))
        {
            _recognizer.RecognizeAfterBody(statement, scope, name, _afterBodyType, _afterBodyTypedef);
        }
        else if (scope == StatementScope.Function)
        {
            if (startsWithName || statement.Punct(0, "::") || statement.Punct(0, "["))
            {
                _locals.Defer(statement, name);
            }
        }
        else
        {
            _recognizer.Recognize(statement, scope, name, opensBlock: false);
        }
    }

    private void OpenBlock()
    {
        _afterBodyType = null;
        var frame = _blockHeads.Recognize(_statements.Statement, _scopes, _calls.Count, _locals.Count);
        var (function, className) = _scopes.Enclosing();
        _calls.Scan(_statements, _conditions, function, className);
        _featureScanner.Scan(_statements.Statement);
        _dataScanner?.Scan(_statements.Statement, frame.Kind == ScopeKind.Function ? frame.Name : function, frame.Kind == ScopeKind.Function);
        if (frame.Kind == ScopeKind.Function)
        {
            _handlers.Enter(_statements.Statement, frame.Name, _scopes.Count + 1);
        }

        _payloadScanner.Scan(_statements.Statement, function, className);
        _payloadScanner.Enter(_statements.Statement);
        _statements.Clear();
        _scopes.Push(frame);
    }

    private void CloseBlock()
    {
        EndStatement(opensBlock: false);
        _handlers.Leave(_scopes.Count);
        if (!_scopes.TryPop(out var frame))
        {
            return;
        }

        _payloadScanner.Leave();
        if (frame.Kind == ScopeKind.Function)
        {
            _locals.LeaveFunction(frame, _calls.Count);
        }

        if (frame.Kind is ScopeKind.Class or ScopeKind.Enum)
        {
            _afterBodyType = frame.Name;
            _afterBodyTypedef = frame.IsTypedef;
        }
        else
        {
            _afterBodyType = null;
        }
    }
}
