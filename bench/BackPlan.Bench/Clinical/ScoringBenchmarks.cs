using BackPlan.Clinical;
using BackPlan.Clinical.Scoring;
using BenchmarkDotNet.Attributes;

namespace BackPlan.Bench.Clinical;

/// <summary>Scoring one complete response per instrument, as POST /api/v1/instruments/{code}/score does.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private InstrumentResponse _odi = null!;
    private InstrumentResponse _sbst = null!;
    private InstrumentResponse _psfs = null!;
    private InstrumentResponse _rmdq = null!;
    private InstrumentResponse _nprs = null!;
    private InstrumentResponse _odiInvalid = null!;

    [GlobalSetup]
    public void Setup()
    {
        _odi = new(Numbers("odi", 2, 1, 3, 2, 4, 3, 1, 0, 2, 3));
        _sbst = new(new Dictionary<string, Answer?>(Flags("sbst", true, false, true, true, false, true, true, false))
        {
            ["sbst.9"] = new Answer.Number(3),
        });
        _psfs = new(Numbers("psfs", 4, 6.5m, 3), new Dictionary<string, string>
        {
            ["psfs.1"] = "climbing stairs",
            ["psfs.2"] = "sitting for an hour",
            ["psfs.3"] = "lifting a child",
        });
        _rmdq = new(Flags("rmdq", Enumerable.Range(0, 24).Select(i => i % 3 == 0).ToArray()));
        _nprs = new(new Dictionary<string, Answer?>
        {
            ["nprs.current"] = new Answer.Number(6),
            ["nprs.average"] = new Answer.Number(5),
            ["nprs.worst"] = new Answer.Number(8),
        });
        // Three answers out of range plus one unknown item: the error path.
        var invalid = Numbers("odi", 2, 9, 3, 2, 4, 7, 1, 0, 2, 8);
        invalid["odi.99"] = new Answer.Number(1);
        _odiInvalid = new(invalid);

        // A benchmark of a wrong answer measures nothing: check each response scores as intended.
        foreach (var (code, response) in new[] { ("nprs", _nprs), ("odi", _odi), ("sbst", _sbst), ("psfs", _psfs), ("rmdq", _rmdq) })
        {
            if (Scorer.Score(code, response).Result is not { Complete: true })
            {
                throw new InvalidOperationException($"The {code} benchmark response does not score as complete.");
            }
        }

        if (Scorer.Score("odi", _odiInvalid).IsValid)
        {
            throw new InvalidOperationException("The invalid ODI response scored.");
        }
    }

    [Benchmark(Baseline = true)]
    public Validated<ScoreResult> Nprs() => Scorer.Score("nprs", _nprs);

    [Benchmark]
    public Validated<ScoreResult> OdiComplete() => Scorer.Score("odi", _odi);

    [Benchmark]
    public Validated<ScoreResult> OdiInvalid() => Scorer.Score("odi", _odiInvalid);

    [Benchmark]
    public Validated<ScoreResult> Sbst() => Scorer.Score("sbst", _sbst);

    [Benchmark]
    public Validated<ScoreResult> PsfsThreeActivities() => Scorer.Score("psfs", _psfs);

    [Benchmark]
    public Validated<ScoreResult> Rmdq24() => Scorer.Score("rmdq", _rmdq);

    private static Dictionary<string, Answer?> Numbers(string prefix, params decimal[] values) =>
        values.Select((v, i) => (Code: $"{prefix}.{i + 1}", Value: v))
            .ToDictionary(p => p.Code, p => (Answer?)new Answer.Number(p.Value), StringComparer.Ordinal);

    private static Dictionary<string, Answer?> Flags(string prefix, params bool[] values) =>
        values.Select((v, i) => (Code: $"{prefix}.{i + 1}", Value: v))
            .ToDictionary(p => p.Code, p => (Answer?)new Answer.Boolean(p.Value), StringComparer.Ordinal);
}
