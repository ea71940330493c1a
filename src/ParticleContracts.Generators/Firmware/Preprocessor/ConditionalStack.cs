using System.Collections.Generic;
using System.Globalization;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Generators.Firmware.Preprocessor;

/// <summary>
/// The open <c>#if</c> groups of a file. Each branch is active, inactive or deferred (its condition depends on a
/// macro the project does not define); the deferred conditions around a token form its condition snapshot. Groups
/// nested deeper than <see cref="ReaderLimits.MaxConditionalDepth"/>, and branches whose snapshot would hold more
/// conditions than that, are skipped with one <c>PCT1027</c>, so every directive costs constant time.
/// </summary>
internal sealed class ConditionalStack
{
    private readonly List<EquatableArray<string>> _snapshots = new() { EquatableArray<string>.Empty };
    private readonly List<ConditionFrame> _frames = new();
    private readonly List<FirmwareDiagnostic> _diagnostics;
    private int _inactiveFrames;
    private int _skippedGroups;
    private int _deferredConditions;
    private bool _reportedTooDeep;

    public ConditionalStack(List<FirmwareDiagnostic> diagnostics) => _diagnostics = diagnostics;

    /// <summary>The index of the current condition snapshot (0: unconditional).</summary>
    public int CurrentSnapshot { get; private set; }

    /// <summary>The deferred conditions around the current position.</summary>
    public EquatableArray<string> Current => _snapshots[CurrentSnapshot];

    /// <summary>False inside any branch known not to be taken (or skipped as too deep).</summary>
    public bool IsActive => _inactiveFrames == 0 && _skippedGroups == 0;

    /// <summary>The innermost group's include-guard name, while its first branch is still undecided.</summary>
    public string? DeferredGuardName
        => _skippedGroups == 0 && _frames.Count > 0 && _frames[_frames.Count - 1] is { State: BranchState.Deferred } top ? top.GuardName : null;

    /// <summary>The conditions of snapshot <paramref name="index"/>.</summary>
    public EquatableArray<string> Snapshot(int index) => _snapshots[index];

    /// <summary><c>#if</c>, <c>#ifdef</c>, <c>#ifndef</c>: opens a group.</summary>
    public void Push(bool? value, string expression, FirmwareLocation location, string directive, string? guardName)
    {
        var deferred = IsActive && value is null;
        if (_skippedGroups > 0 || _frames.Count >= ReaderLimits.MaxConditionalDepth || (deferred && _deferredConditions >= ReaderLimits.MaxConditionalDepth))
        {
            // Too deep: skip the whole group (every branch) until its #endif.
            ReportTooDeep(location, IsActive);
            _skippedGroups++;
            return;
        }

        var frame = new ConditionFrame(location, directive, CurrentSnapshot, _deferredConditions) { GuardName = guardName };
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
        Refresh(frame, wasInactive: false);
    }

    /// <summary><c>#elif</c>, <c>#else</c>: false when no group is open.</summary>
    public bool Else(bool? value, string expression, FirmwareLocation location)
    {
        if (_skippedGroups > 0)
        {
            return true;
        }

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

        var wasInactive = frame.State == BranchState.Inactive;
        frame.Current.Clear();
        if (frame.Taken == Taken.Yes || value == false)
        {
            frame.State = BranchState.Inactive;
        }
        else if (frame.DeferredBefore + frame.Negations.Count + 1 > ReaderLimits.MaxConditionalDepth)
        {
            // An #elif chain whose branch would need more conditions than the reader keeps: skip the rest of the group.
            ReportTooDeep(location, true);
            frame.State = BranchState.Inactive;
            frame.Taken = Taken.Yes;
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

        Refresh(frame, wasInactive);
        return true;
    }

    /// <summary><c>#endif</c>: false when no group is open.</summary>
    public bool Pop()
    {
        if (_skippedGroups > 0)
        {
            _skippedGroups--;
            return true;
        }

        if (_frames.Count == 0)
        {
            return false;
        }

        var frame = _frames[_frames.Count - 1];
        _frames.RemoveAt(_frames.Count - 1);
        if (frame.State == BranchState.Inactive)
        {
            _inactiveFrames--;
        }

        CurrentSnapshot = frame.SnapshotBefore;
        _deferredConditions = frame.DeferredBefore;
        return true;
    }

    /// <summary>`#ifndef X` immediately followed by `#define X`: an include guard, always entered the first time.</summary>
    public void EnterIncludeGuard()
    {
        var top = _frames[_frames.Count - 1];
        top.State = BranchState.Active;
        top.Current.Clear();
        Refresh(top, wasInactive: false);
    }

    /// <summary>Reports every group still open at the end of the file.</summary>
    public void ReportUnclosed()
    {
        foreach (var frame in _frames)
        {
            _diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.UnbalancedConditional, frame.Location, frame.Directive + " has no matching #endif"));
        }
    }

    private static string Negate(string expression) => "!(" + expression + ")";

    private void ReportTooDeep(FirmwareLocation location, bool active)
    {
        if (_reportedTooDeep || !active)
        {
            return;
        }

        _reportedTooDeep = true;
        var limit = ReaderLimits.MaxConditionalDepth.ToString(CultureInfo.InvariantCulture);
        _diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.NestingTooDeep, location, "#if groups (or undecided #if conditions)", limit, "the lines inside the deeper groups"));
    }

    /// <summary>
    /// After the innermost frame changed: its conditions follow the snapshot that was current when it was pushed
    /// (the frames below it cannot change while it is open), so this costs at most one snapshot, never a rescan.
    /// </summary>
    private void Refresh(ConditionFrame top, bool wasInactive)
    {
        var isInactive = top.State == BranchState.Inactive;
        _inactiveFrames += (isInactive ? 1 : 0) - (wasInactive ? 1 : 0);
        if (top.State != BranchState.Deferred || top.Current.Count == 0)
        {
            CurrentSnapshot = top.SnapshotBefore;
            _deferredConditions = top.DeferredBefore;
            return;
        }

        var before = _snapshots[top.SnapshotBefore];
        var all = new List<string>(before.Count + top.Current.Count);
        for (var i = 0; i < before.Count; i++)
        {
            all.Add(before[i]);
        }

        all.AddRange(top.Current);
        _deferredConditions = all.Count;
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
        public ConditionFrame(FirmwareLocation location, string directive, int snapshotBefore, int deferredBefore)
        {
            Location = location;
            Directive = directive;
            SnapshotBefore = snapshotBefore;
            DeferredBefore = deferredBefore;
        }

        /// <summary>The snapshot current when the group opened (the conditions of the groups around it).</summary>
        public int SnapshotBefore { get; }

        /// <summary>The number of conditions in that snapshot.</summary>
        public int DeferredBefore { get; }

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
