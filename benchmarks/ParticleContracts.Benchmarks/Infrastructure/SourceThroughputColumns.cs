using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ParticleContracts.Benchmarks.Infrastructure;

/// <summary>Throughput over a fixed input: source MB (10^6 bytes) per second at the median, and bytes allocated per source byte.</summary>
internal sealed class SourceThroughputColumn(string id, string name, Func<long> sourceBytes, bool allocationPerByte) : IColumn
{
    public static SourceThroughputColumn MegabytesPerSecond(Func<long> sourceBytes) =>
        new("SourceMBps", "MB/s (median)", sourceBytes, allocationPerByte: false);

    public static SourceThroughputColumn AllocatedPerSourceByte(Func<long> sourceBytes) =>
        new("AllocPerSourceByte", "Alloc B/src byte", sourceBytes, allocationPerByte: true);

    public string Id => id;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => allocationPerByte
        ? "Managed bytes allocated per operation / source bytes processed per operation"
        : "Source bytes processed per operation / median time, in 10^6 bytes per second";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var bytes = sourceBytes();
        if (report is null || bytes <= 0)
        {
            return "NA";
        }

        if (allocationPerByte)
        {
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return allocated is null ? "NA" : ((double)allocated.Value / bytes).ToString("0.000", CultureInfo.InvariantCulture);
        }

        var median = report.ResultStatistics?.Median;
        return median is null or <= 0 ? "NA" : (bytes / (median.Value / 1e9) / 1e6).ToString("0.0", CultureInfo.InvariantCulture);
    }
}
