namespace BackPlan.Clinical.Sessions;

/// <summary>
/// What happened since the patient's previous attended session, as plain facts for the
/// Subjective pre-draft. Every source is optional so that new ones (post-session checks, home
/// exercise log, flare-ups, patient comments) can be filled in as the features that record them
/// arrive, without changing the composer's callers.
/// </summary>
/// <param name="LastVisit">The previous attended session's local date; null for the first session.</param>
/// <param name="Scores">One entry per instrument answered since then.</param>
/// <param name="Cancellations">Appointments cancelled since then (late ones included).</param>
/// <param name="LateCancellations">Of those, cancelled with less notice than the clinic's policy.</param>
/// <param name="NoShows">Appointments missed without notice since then.</param>
/// <param name="LastCheck">The check after the last session, when one was answered.</param>
/// <param name="PatientComments">Anything else the patient wrote since then (comments in the exercise log).</param>
/// <param name="HomeProgram">Adherence to the approved home program since then, from the patient's exercise log.</param>
/// <param name="FlareUpReports">Each flare-up the patient reported since then, with its day, pain and note.</param>
public sealed record SinceLastVisit(
    DateOnly? LastVisit,
    IReadOnlyList<ScoreTrend> Scores,
    int Cancellations = 0,
    int LateCancellations = 0,
    int NoShows = 0,
    PostSessionCheckFact? LastCheck = null,
    IReadOnlyList<string>? PatientComments = null,
    HomeProgramFact? HomeProgram = null,
    IReadOnlyList<FlareUpFact>? FlareUpReports = null);

/// <summary>
/// An instrument's score before the last visit (<see cref="Before"/>, null when there was none)
/// and its latest score since (<see cref="Latest"/>). <see cref="Label"/> is the instrument's short name.
/// </summary>
public sealed record ScoreTrend(string Instrument, string Label, decimal? Before, decimal Latest);

/// <summary>The check after the last session: soreness 0–10, whether it settled, anything unexpected.</summary>
public sealed record PostSessionCheckFact(int Soreness, bool Settled, string? Unexpected);

/// <summary>A flare-up the patient reported: the local day, the pain 0–10 if rated, and their note if any.</summary>
public sealed record FlareUpFact(DateOnly Day, int? Pain, string? Note);

/// <summary>
/// The home program since the last visit: exercise-days done and prescribed (the clinical
/// <see cref="HomeProgram.Adherence"/> maths, so 3 exercises daily for a week are 21), the exercises the
/// patient marked "this made it worse" (by name), and the highest pain the patient gave an exercise.
/// </summary>
public sealed record HomeProgramFact(decimal Done, decimal Prescribed, decimal? Percent, IReadOnlyList<string> MadeWorse, int? HighestPain);

/// <summary>
/// One line of the pre-draft: an English <see cref="Format"/> with its <see cref="Arguments"/>, so the
/// web app can translate it (the formats are resource keys) and fill in the values in the clinic's culture.
/// </summary>
public sealed record DraftLine(string Format, params object[] Arguments)
{
    public string ToText(IFormatProvider? culture = null) => string.Format(culture ?? System.Globalization.CultureInfo.InvariantCulture, Format, Arguments);
}
