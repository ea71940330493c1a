using System.Collections.Generic;

namespace ParticleContracts.Generators.Firmware.Declarations;

/// <summary>What a block is.</summary>
internal enum ScopeKind
{
    File,
    Namespace,
    Class,
    Enum,
    Function,
    Block,
}

/// <summary>One open block.</summary>
internal readonly struct ScopeFrame
{
    public ScopeFrame(ScopeKind kind, string? name, string? className, bool isTypedef)
    {
        Kind = kind;
        Name = name;
        ClassName = className;
        IsTypedef = isTypedef;
    }

    public ScopeKind Kind { get; }

    /// <summary>The function key or class name.</summary>
    public string? Name { get; }

    public string? ClassName { get; }

    public bool IsTypedef { get; }

    /// <summary>Function frames: the definition head, to replay its parameters.</summary>
    public PendingStatement Head { get; init; }

    public StatementScope HeadScope { get; init; }

    /// <summary>Function frames: the number of registration sites in the file when the body opened.</summary>
    public int SitesAtEntry { get; init; }

    /// <summary>Function frames: the number of deferred local statements when the body opened.</summary>
    public int PendingAtEntry { get; init; }
}

/// <summary>
/// The blocks open at the current statement: decides its <see cref="StatementScope"/> and enclosing function. Each
/// frame stores what it inherits, so every query is constant-time however deep the blocks nest.
/// </summary>
internal sealed class ScopeStack
{
    private readonly List<Entry> _frames = new() { new Entry(new ScopeFrame(ScopeKind.File, null, null, false), (StatementScope.File, null, false), (null, null)) };

    /// <summary>The number of open frames (the file frame included).</summary>
    public int Count => _frames.Count;

    public ScopeFrame this[int index] => _frames[index].Frame;

    public void Push(ScopeFrame frame)
    {
        var parent = _frames[_frames.Count - 1];
        var statementScope = frame.Kind switch
        {
            ScopeKind.Function => (StatementScope.Function, frame.Name, false),
            ScopeKind.Class => (StatementScope.Class, frame.Name, false),
            ScopeKind.Enum => (StatementScope.Class, frame.Name, true),
            ScopeKind.Namespace or ScopeKind.File => (StatementScope.File, (string?)null, false),
            _ => parent.StatementScope,
        };
        var enclosing = frame.Kind switch
        {
            ScopeKind.Function => (frame.Name, frame.ClassName),
            ScopeKind.Class => ((string?)null, frame.Name),
            _ => parent.Enclosing,
        };
        _frames.Add(new Entry(frame, statementScope, enclosing));
    }

    /// <summary>Closes the innermost block; false at file level (an unbalanced <c>}</c>).</summary>
    public bool TryPop(out ScopeFrame frame)
    {
        frame = default;
        if (_frames.Count <= 1)
        {
            return false;
        }

        frame = _frames[_frames.Count - 1].Frame;
        _frames.RemoveAt(_frames.Count - 1);
        return true;
    }

    /// <summary>Where a statement at the current position is: the innermost function, class or file.</summary>
    public (StatementScope Scope, string? Name, bool InEnum) CurrentStatementScope() => _frames[_frames.Count - 1].StatementScope;

    /// <summary>The enclosing function key and class of the current position.</summary>
    public (string? Function, string? Class) Enclosing() => _frames[_frames.Count - 1].Enclosing;

    private readonly record struct Entry(ScopeFrame Frame, (StatementScope Scope, string? Name, bool InEnum) StatementScope, (string? Function, string? Class) Enclosing);
}
