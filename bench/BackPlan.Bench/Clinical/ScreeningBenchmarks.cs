using BackPlan.Clinical;
using BackPlan.Clinical.Screening;
using BenchmarkDotNet.Attributes;

namespace BackPlan.Bench.Clinical;

/// <summary>Red-flag and contraindication screening, as POST /api/v1/screening/evaluate does.</summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    private ScreeningInput _none = null!;
    private ScreeningInput _several = null!;
    private ScreeningInput _all = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Every item answered "no": the common case at a first visit.
        var everyItem = RedFlags.Items.Select(i => i.Code).Concat(Contraindications.Items.Select(i => i.Code)).ToList();
        _none = new(45, everyItem.ToDictionary(c => c, _ => (Answer?)new Answer.Boolean(false), StringComparer.Ordinal));

        // Every item answered, six present: cauda equina signs, cancer, fever, blood thinners, osteoporosis.
        string[] present =
        [
            RedFlags.BladderChange, RedFlags.SaddleNumbness, RedFlags.CancerHistory, RedFlags.Fever,
            "ci.anticoagulants", "ci.osteoporosis",
        ];
        _several = new(72, everyItem.ToDictionary(c => c, c => (Answer?)new Answer.Boolean(present.Contains(c)), StringComparer.Ordinal));

        _all = new(80, everyItem.ToDictionary(c => c, _ => (Answer?)new Answer.Boolean(true), StringComparer.Ordinal));
    }

    [Benchmark(Baseline = true)]
    public Validated<ScreeningResult> NoFlags() => Screener.Evaluate(_none);

    [Benchmark]
    public Validated<ScreeningResult> SixFlags() => Screener.Evaluate(_several);

    [Benchmark]
    public Validated<ScreeningResult> EveryFlag() => Screener.Evaluate(_all);
}
