using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;

namespace ParticleContracts.Benchmarks.Infrastructure;

/// <summary>What every benchmark class reports: medians, allocations, and median ratios to its baseline.</summary>
internal class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
        AddColumn(new MedianRatioColumn());
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value));
    }
}

/// <summary>Adds the Δ-median column (generator cost over a driver without it, in ms).</summary>
internal sealed class DeltaBenchmarkConfig : BenchmarkConfig
{
    public DeltaBenchmarkConfig() => AddColumn(new MedianDeltaColumn());
}
