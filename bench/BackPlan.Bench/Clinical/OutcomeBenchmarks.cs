using BackPlan.Clinical.Outcomes;
using BenchmarkDotNet.Attributes;

namespace BackPlan.Bench.Clinical;

/// <summary>Clinic dashboard statistics over 10,000 episodes (a large clinic network's year).</summary>
[MemoryDiagnoser]
public class OutcomeBenchmarks
{
    private const int Episodes = 10_000;
    private double[] _changes = null!;
    private bool[] _responders = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261126);
        // ODI change scores: mean about −12 points, spread about 15.
        _changes = Enumerable.Range(0, Episodes).Select(_ => Math.Round(-12 + (15 * Normal(random)), 1)).ToArray();
        _responders = _changes.Select(c => c <= -10).ToArray();
    }

    /// <summary>Mean change with its 95 % t interval over 10,000 values.</summary>
    [Benchmark]
    public MeanEstimate MeanCi() => MeanInterval.Compute(_changes);

    /// <summary>Count responders among 10,000 episodes, then the Wilson interval.</summary>
    [Benchmark]
    public ProportionEstimate WilsonCi()
    {
        var successes = 0;
        foreach (var responder in _responders)
        {
            successes += responder ? 1 : 0;
        }

        return ProportionInterval.Wilson(successes, _responders.Length);
    }

    /// <summary>Exact two-sided binomial test of 10,000 episodes against a published responder rate.</summary>
    [Benchmark]
    public BenchmarkComparison BinomialVsPublished() => BinomialTest.TwoSided(_responders.Count(r => r), _responders.Length, 0.5);

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
