using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ParticleContracts.Benchmarks.Infrastructure;

/// <summary>
/// Columns computed from medians against the baseline of the same logical group, measured in the same run
/// (BenchmarkDotNet's own Ratio column averages; the README quotes medians).
/// </summary>
internal abstract class MedianColumnBase(string id, string name, string legend) : IColumn
{
    public string Id => id;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var median = Median(summary, benchmarkCase);
        var baselineCase = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        var baseline = baselineCase is null ? null : Median(summary, baselineCase);
        return median is null ? "NA" : Format(median.Value, baseline, benchmarkCase == baselineCase);
    }

    protected abstract string Format(double medianNs, double? baselineMedianNs, bool isBaseline);

    protected static double? Median(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics?.Median;
}

/// <summary>Median of this case divided by the median of the baseline.</summary>
internal sealed class MedianRatioColumn() : MedianColumnBase("MedianRatio", "Median ratio", "Median time of this case / median time of the group's baseline, same run")
{
    protected override string Format(double medianNs, double? baselineMedianNs, bool isBaseline) =>
        baselineMedianNs is > 0 ? (medianNs / baselineMedianNs.Value).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "?";
}

/// <summary>Median of this case minus the median of the baseline, in milliseconds.</summary>
internal sealed class MedianDeltaColumn() : MedianColumnBase("MedianDelta", "Δ median (ms)", "Median time of this case - median time of the group's baseline, in ms, same run")
{
    protected override string Format(double medianNs, double? baselineMedianNs, bool isBaseline) =>
        baselineMedianNs is null ? "?" : ((medianNs - baselineMedianNs.Value) / 1_000_000d).ToString("+0.000;-0.000;0.000", System.Globalization.CultureInfo.InvariantCulture);
}
