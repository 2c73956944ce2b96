namespace BackPlan.Clinical.Forms;

/// <summary>
/// The questionnaire schedule of an episode (issue 6): the baseline set before the first visit; a
/// short check-in (NPRS, PEG) before every later visit; the full set before the plan's review
/// session and before its last session (discharge). Every form also asks the red-flag questions.
/// Only instruments the clinic may send are included. Pure: the same input gives the same list.
/// </summary>
public static class FormSchedule
{
    /// <summary>Review and discharge forms open this long before their visit.</summary>
    public static readonly TimeSpan FullSetOpensBefore = TimeSpan.FromDays(3);

    /// <summary>A check-in opens this long before its visit.</summary>
    public static readonly TimeSpan CheckInOpensBefore = TimeSpan.FromDays(2);

    /// <summary>After this long past its visit a check-in no longer describes "before the session".</summary>
    public static readonly TimeSpan CheckInClosesAfter = TimeSpan.FromDays(1);

    /// <summary>Without a booked first visit, the baseline is due this long after the episode opened.</summary>
    public static readonly TimeSpan BaselineDueWithoutVisit = TimeSpan.FromDays(3);

    /// <summary>The baseline and full sets, in the order they are shown (the intake's order).</summary>
    public static IReadOnlyList<string> FullSet(string functionInstrument) =>
        ["nprs", functionInstrument, "sbst", "psfs", "sqs", "pss4"];

    public static IReadOnlyList<string> CheckIn { get; } = ["nprs", "peg"];

    public static IReadOnlyList<DueForm> Generate(ScheduleInput input)
    {
        var forms = new List<DueForm>();
        var visits = input.Visits.OrderBy(v => v.StartUtc).ThenBy(v => v.Key, StringComparer.Ordinal).ToList();
        var full = Gate(FullSet(input.FunctionInstrument), input.Allowed);
        if (!input.BaselineRecorded)
        {
            var due = visits.Count > 0 ? visits[0].StartUtc : input.EpisodeOpenedAt + BaselineDueWithoutVisit;
            forms.Add(new DueForm(FormTimePoint.Baseline, FormTimePoint.Baseline, full, Min(input.EpisodeOpenedAt, due), due, null, AsksHistory: true, AsksContraindications: true));
        }

        var sessions = input.PlannedSessions is > 0 ? input.PlannedSessions : null;
        var review = input.ReviewAfterSession is > 0 && (sessions is null || input.ReviewAfterSession < sessions) ? input.ReviewAfterSession : null;
        // The first visit is the assessment (the baseline covers it); sessions are the visits after it.
        for (var n = 1; n < visits.Count; n++)
        {
            var start = visits[n].StartUtc;
            if (n == sessions)
            {
                forms.Add(FullSetForm(FormTimePoint.Discharge, FormTimePoint.Discharge, full, start));
            }
            else if (n == review)
            {
                forms.Add(FullSetForm($"{FormTimePoint.Review}:{n}", FormTimePoint.Review, full, start));
            }
            else
            {
                forms.Add(new DueForm($"{FormTimePoint.PreSession}:{visits[n].Key}", FormTimePoint.PreSession, Gate(CheckIn, input.Allowed),
                    start - CheckInOpensBefore, start, start + CheckInClosesAfter, AsksHistory: false, AsksContraindications: false));
            }
        }

        // A review or discharge session not booked yet is still due, on the plan's calendar.
        if (input.PlanApprovedAt is { } approved && sessions is { } planned && input.PlannedWeeks is > 0 and var weeks)
        {
            var days = weeks * 7.0;
            if (review is { } r && visits.Count <= r)
            {
                forms.Add(FullSetForm($"{FormTimePoint.Review}:{r}", FormTimePoint.Review, full, approved.AddDays(Math.Round(days * r / planned))));
            }

            if (visits.Count <= planned)
            {
                forms.Add(FullSetForm(FormTimePoint.Discharge, FormTimePoint.Discharge, full, approved.AddDays(days)));
            }
        }

        return forms;
    }

    private static DueForm FullSetForm(string key, string timePoint, IReadOnlyList<string> instruments, DateTime due) =>
        new(key, timePoint, instruments, due - FullSetOpensBefore, due, null, AsksHistory: false, AsksContraindications: false);

    private static List<string> Gate(IEnumerable<string> codes, IReadOnlySet<string> allowed) => codes.Where(allowed.Contains).ToList();

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
