namespace BackPlan.Clinical.Scoring;

/// <summary>
/// One completed form: item code → answer (null or <see cref="Answer.None"/> = not answered), and
/// for items that take one (the PSFS activities) item code → label naming the activity.
/// JSON: <c>{ "answers": { "psfs.1": 4 }, "labels": { "psfs.1": "climbing stairs" } }</c>.
/// </summary>
public sealed record InstrumentResponse(
    IReadOnlyDictionary<string, Answer?> Answers,
    IReadOnlyDictionary<string, string>? Labels = null);
