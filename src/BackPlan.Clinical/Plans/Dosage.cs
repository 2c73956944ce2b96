namespace BackPlan.Clinical.Plans;

/// <summary>
/// How much of an element: sets, repetitions, hold in seconds and minutes where they apply, and
/// how often (plain words). Unused parts are null.
/// </summary>
public sealed record Dosage(int? Sets, int? Reps, int? HoldSeconds, int? Minutes, string Frequency)
{
    public static Dosage Often(string frequency) => new(null, null, null, null, frequency);
}
