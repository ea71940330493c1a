using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ParticleContracts.Benchmarks.Infrastructure;

/// <summary>Items handled per operation divided by the median time of the operation.</summary>
internal sealed class ItemsPerSecondColumn(string name, long itemsPerOperation) : IColumn
{
    public string Id => "ItemsPerSecond";

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"{itemsPerOperation:N0} items per operation / median time";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var median = summary[benchmarkCase]?.ResultStatistics?.Median;
        return median is null or <= 0 ? "NA" : (itemsPerOperation / (median.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }
}
