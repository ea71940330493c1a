using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ParticleContracts.Benchmarks.Infrastructure;

/// <summary>Managed bytes allocated per operation divided by the items one operation handles.</summary>
internal sealed class AllocatedPerItemColumn(string name, long itemsPerOperation) : IColumn
{
    public string Id => "AllocatedPerItem";

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 2;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"Managed bytes allocated per operation / {itemsPerOperation:N0} items per operation";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var allocated = summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return allocated is null ? "NA" : ((double)allocated.Value / itemsPerOperation).ToString("0.0", CultureInfo.InvariantCulture);
    }
}
