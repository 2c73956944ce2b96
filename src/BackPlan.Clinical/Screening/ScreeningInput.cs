namespace BackPlan.Clinical.Screening;

/// <summary>
/// Screening answers: red-flag and contraindication codes → true/false (null or missing = not
/// present), and the age in years when known (an integer 16–120).
/// </summary>
public sealed record ScreeningInput(int? Age, IReadOnlyDictionary<string, Answer?>? Answers);
