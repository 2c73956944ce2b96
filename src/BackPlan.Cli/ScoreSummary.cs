using System.Globalization;

namespace BackPlan.Cli;

/// <summary>What a scoring run did, or why it could not start (<see cref="Failure"/>).</summary>
internal sealed record ScoreSummary(int Rows, int Scored, int Incomplete, int Errors, string? Failure = null)
{
    public static ScoreSummary Failed(string failure) => new(0, 0, 0, 0, failure);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"rows: {Rows}, scored: {Scored}, incomplete: {Incomplete}, errors: {Errors}");
}
