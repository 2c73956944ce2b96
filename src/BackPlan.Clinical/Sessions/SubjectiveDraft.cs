namespace BackPlan.Clinical.Sessions;

/// <summary>
/// Composes the Subjective pre-draft of a session note from what happened since the last visit.
/// The practitioner edits the text freely; this only saves typing and makes sure nothing recorded
/// in between is overlooked. Pure: the same facts always give the same lines.
/// </summary>
public static class SubjectiveDraft
{
    public const string Since = "Since the last visit on {0:yyyy-MM-dd}:";
    public const string FirstSession = "First treatment session of this episode.";
    public const string Change = "{0} {1:0.#} → {2:0.#} since the last visit.";
    public const string FirstScore = "{0} {1:0.#} (no earlier score).";
    public const string NoQuestionnaires = "No questionnaires answered since the last visit.";
    public const string Cancelled = "Cancelled appointments: {0} (late: {1}).";
    public const string Missed = "Missed appointments without notice: {0}.";
    public const string SorenessSettled = "After the last session: soreness {0}/10, since settled.";
    public const string SorenessNotSettled = "After the last session: soreness {0}/10, not settled yet.";
    public const string Unexpected = "Unexpected after the last session: {0}";
    public const string Comment = "Patient's comment: {0}";
    public const string HomeAdherence = "Home program adherence: {0:0.#} of {1:0.#} prescribed exercise-days done ({2:0.#} %).";
    public const string HomeNothingPrescribed = "Home program: no exercise-days prescribed in this period.";
    public const string HomeMadeWorse = "Home exercises marked as making it worse: {0}.";
    public const string HomeHighestPain = "Highest pain during home exercises: {0}/10.";
    public const string FlareUpReported = "Reported a flare-up on {0:ddd d MMM}.";
    public const string FlareUpWithPain = "Reported a flare-up on {0:ddd d MMM}, pain {1}/10.";
    public const string FlareUpWithNote = "Reported a flare-up on {0:ddd d MMM}: \"{1}\"";
    public const string FlareUpWithPainAndNote = "Reported a flare-up on {0:ddd d MMM}, pain {1}/10: \"{2}\"";

    /// <summary>Every format, for translation checks.</summary>
    public static IReadOnlyList<string> Formats { get; } =
        [Since, FirstSession, Change, FirstScore, NoQuestionnaires, Cancelled, Missed, SorenessSettled, SorenessNotSettled, Unexpected, Comment, HomeAdherence, HomeNothingPrescribed, HomeMadeWorse, HomeHighestPain, FlareUpReported, FlareUpWithPain, FlareUpWithNote, FlareUpWithPainAndNote];

    public static IReadOnlyList<DraftLine> Compose(SinceLastVisit facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var lines = new List<DraftLine>
        {
            facts.LastVisit is { } last ? new DraftLine(Since, last) : new DraftLine(FirstSession),
        };

        foreach (var score in facts.Scores.OrderBy(s => s.Instrument, StringComparer.Ordinal))
        {
            lines.Add(score.Before is { } before
                ? new DraftLine(Change, score.Label, before, score.Latest)
                : new DraftLine(FirstScore, score.Label, score.Latest));
        }

        if (facts.Scores.Count == 0 && facts.LastVisit is not null)
        {
            lines.Add(new DraftLine(NoQuestionnaires));
        }

        if (facts.Cancellations > 0)
        {
            lines.Add(new DraftLine(Cancelled, facts.Cancellations, facts.LateCancellations));
        }

        if (facts.NoShows > 0)
        {
            lines.Add(new DraftLine(Missed, facts.NoShows));
        }

        if (facts.LastCheck is { } check)
        {
            lines.Add(new DraftLine(check.Settled ? SorenessSettled : SorenessNotSettled, check.Soreness));
            if (!string.IsNullOrWhiteSpace(check.Unexpected))
            {
                lines.Add(new DraftLine(Unexpected, check.Unexpected.Trim()));
            }
        }

        foreach (var flare in (facts.FlareUpReports ?? []).OrderBy(f => f.Day))
        {
            lines.Add(FlareUpLine(flare));
        }

        foreach (var comment in facts.PatientComments ?? [])
        {
            if (!string.IsNullOrWhiteSpace(comment))
            {
                lines.Add(new DraftLine(Comment, comment.Trim()));
            }
        }

        lines.AddRange(HomeProgramLines(facts.HomeProgram));
        return lines;
    }

    // The home program as lines of its own: adherence, then what the patient said went badly.
    private static IEnumerable<DraftLine> HomeProgramLines(HomeProgramFact? program)
    {
        if (program is null)
        {
            yield break;
        }

        yield return program.Percent is { } percent
            ? new DraftLine(HomeAdherence, program.Done, program.Prescribed, percent)
            : new DraftLine(HomeNothingPrescribed);
        var worse = program.MadeWorse.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (worse.Count > 0)
        {
            yield return new DraftLine(HomeMadeWorse, string.Join(", ", worse));
        }

        if (program.HighestPain is { } pain)
        {
            yield return new DraftLine(HomeHighestPain, pain);
        }
    }

    private static DraftLine FlareUpLine(FlareUpFact flare)
    {
        var note = string.IsNullOrWhiteSpace(flare.Note) ? null : flare.Note.Trim();
        return (flare.Pain, note) switch
        {
            ({ } pain, { } text) => new DraftLine(FlareUpWithPainAndNote, flare.Day, pain, text),
            ({ } pain, null) => new DraftLine(FlareUpWithPain, flare.Day, pain),
            (null, { } text) => new DraftLine(FlareUpWithNote, flare.Day, text),
            _ => new DraftLine(FlareUpReported, flare.Day),
        };
    }
}
