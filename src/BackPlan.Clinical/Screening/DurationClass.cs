namespace BackPlan.Clinical.Screening;

/// <summary>How long the current episode has lasted, in the bands the guidelines use.</summary>
public enum DurationClass
{
    Acute,
    Subacute,
    Chronic,
}

public static class Duration
{
    // Acute < 4 weeks, subacute 4–12 weeks, chronic >= 12 weeks (NICE NG59; Koes 2010).
    public static DurationClass Classify(DateOnly onset, DateOnly assessedOn)
    {
        if (assessedOn < onset)
        {
            throw new ArgumentOutOfRangeException(nameof(assessedOn), "The assessment date is before the onset date.");
        }

        var days = assessedOn.DayNumber - onset.DayNumber;
        return days < 28 ? DurationClass.Acute : days < 84 ? DurationClass.Subacute : DurationClass.Chronic;
    }
}
