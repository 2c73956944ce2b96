using BackPlan.Clinical.Scoring.Definitions;

namespace BackPlan.Clinical.Scoring;

/// <summary>The registry of every instrument BackPlan scores (instruments.md).</summary>
public static class Instruments
{
    public static IReadOnlyList<InstrumentDefinition> All { get; } =
    [
        Nprs.Definition,
        Odi.Definition,
        Rmdq.Definition,
        Sbst.Definition,
        Psfs.Definition,
        Peg.Definition,
        Pss4.Definition,
        Sqs.Definition,
        Schober.Definition,
        Fft.Definition,
    ];

    /// <summary>The instrument with this code (exact, lower case), or null.</summary>
    public static InstrumentDefinition? Find(string? code) => All.FirstOrDefault(i => i.Code == code);
}
