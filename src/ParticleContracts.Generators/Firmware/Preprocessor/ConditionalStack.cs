using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Generators.Firmware.Preprocessor;

/// <summary>
/// The open <c>#if</c> groups of a file. Each branch is active, inactive or deferred (its condition depends on a
/// macro the project does not define); the deferred conditions around a token form its condition snapshot.
/// </summary>
internal sealed class ConditionalStack
{
    private readonly List<EquatableArray<string>> _snapshots = new() { EquatableArray<string>.Empty };
    private readonly List<ConditionFrame> _frames = new();

    /// <summary>The index of the current condition snapshot (0: unconditional).</summary>
    public int CurrentSnapshot { get; private set; }

    /// <summary>The deferred conditions around the current position.</summary>
    public EquatableArray<string> Current => _snapshots[CurrentSnapshot];

    /// <summary>False inside any branch known not to be taken.</summary>
    public bool IsActive
    {
        get
        {
            foreach (var frame in _frames)
            {
                if (frame.State == BranchState.Inactive)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The innermost group's include-guard name, while its first branch is still undecided.</summary>
    public string? DeferredGuardName
        => _frames.Count > 0 && _frames[_frames.Count - 1] is { State: BranchState.Deferred } top ? top.GuardName : null;

    /// <summary>The conditions of snapshot <paramref name="index"/>.</summary>
    public EquatableArray<string> Snapshot(int index) => _snapshots[index];

    /// <summary><c>#if</c>, <c>#ifdef</c>, <c>#ifndef</c>: opens a group.</summary>
    public void Push(bool? value, string expression, FirmwareLocation location, string directive, string? guardName)
    {
        var frame = new ConditionFrame(location, directive) { GuardName = guardName };
        if (!IsActive)
        {
            frame.ParentInactive = true;
            frame.State = BranchState.Inactive;
            frame.Taken = Taken.Yes;
        }
        else if (value == true)
        {
            frame.State = BranchState.Active;
            frame.Taken = Taken.Yes;
        }
        else if (value == false)
        {
            frame.State = BranchState.Inactive;
            frame.Taken = Taken.No;
        }
        else
        {
            frame.State = BranchState.Deferred;
            frame.Taken = Taken.Maybe;
            frame.Current.Add(expression);
            frame.Negations.Add(Negate(expression));
        }

        _frames.Add(frame);
        RefreshSnapshot();
    }

    /// <summary><c>#elif</c>, <c>#else</c>: false when no group is open.</summary>
    public bool Else(bool? value, string expression)
    {
        if (_frames.Count == 0)
        {
            return false;
        }

        var frame = _frames[_frames.Count - 1];
        frame.GuardName = null;
        if (frame.ParentInactive)
        {
            return true;
        }

        frame.Current.Clear();
        if (frame.Taken == Taken.Yes || value == false)
        {
            frame.State = BranchState.Inactive;
        }
        else if (value == true)
        {
            if (frame.Taken == Taken.No)
            {
                frame.State = BranchState.Active;
            }
            else
            {
                frame.State = BranchState.Deferred;
                frame.Current.AddRange(frame.Negations);
            }

            frame.Taken = Taken.Yes;
        }
        else
        {
            frame.State = BranchState.Deferred;
            frame.Current.AddRange(frame.Negations);
            frame.Current.Add(expression);
            frame.Negations.Add(Negate(expression));
            frame.Taken = Taken.Maybe;
        }

        RefreshSnapshot();
        return true;
    }

    /// <summary><c>#endif</c>: false when no group is open.</summary>
    public bool Pop()
    {
        if (_frames.Count == 0)
        {
            return false;
        }

        _frames.RemoveAt(_frames.Count - 1);
        RefreshSnapshot();
        return true;
    }

    /// <summary>`#ifndef X` immediately followed by `#define X`: an include guard, always entered the first time.</summary>
    public void EnterIncludeGuard()
    {
        var top = _frames[_frames.Count - 1];
        top.State = BranchState.Active;
        top.Current.Clear();
        RefreshSnapshot();
    }

    /// <summary>Reports every group still open at the end of the file.</summary>
    public void ReportUnclosed(List<FirmwareDiagnostic> diagnostics)
    {
        foreach (var frame in _frames)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.UnbalancedConditional, frame.Location, frame.Directive + " has no matching #endif"));
        }
    }

    private static string Negate(string expression) => "!(" + expression + ")";

    private void RefreshSnapshot()
    {
        List<string>? all = null;
        foreach (var frame in _frames)
        {
            if (frame.State == BranchState.Deferred && frame.Current.Count > 0)
            {
                all ??= new List<string>();
                all.AddRange(frame.Current);
            }
        }

        if (all is null)
        {
            CurrentSnapshot = 0;
            return;
        }

        _snapshots.Add(all.ToEquatableArray());
        CurrentSnapshot = _snapshots.Count - 1;
    }

    private enum BranchState
    {
        Active,
        Inactive,
        Deferred,
    }

    private enum Taken
    {
        No,
        Maybe,
        Yes,
    }

    private sealed class ConditionFrame
    {
        public ConditionFrame(FirmwareLocation location, string directive)
        {
            Location = location;
            Directive = directive;
        }

        public FirmwareLocation Location { get; }

        public string Directive { get; }

        public bool ParentInactive { get; set; }

        public BranchState State { get; set; }

        public Taken Taken { get; set; }

        public string? GuardName { get; set; }

        public List<string> Current { get; } = new();

        public List<string> Negations { get; } = new();
    }
}
