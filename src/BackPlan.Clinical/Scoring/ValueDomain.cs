using System.Globalization;

namespace BackPlan.Clinical.Scoring;

/// <summary>
/// The values an item accepts. <see cref="Kind"/> is "integer", "number" or "boolean".
/// A number with a zero fraction (3.0) is an integer; 3.5 is not (JSON has one number type).
/// </summary>
public sealed record ValueDomain(string Kind, decimal? Min, decimal? Max, IReadOnlyList<ValueOption> Options)
{
    public const string IntegerKind = "integer";
    public const string NumberKind = "number";
    public const string BooleanKind = "boolean";

    public static ValueDomain IntegerRange(int min, int max, params ValueOption[] options) => new(IntegerKind, min, max, options);

    public static ValueDomain NumberRange(decimal min, decimal max) => new(NumberKind, min, max, []);

    public static ValueDomain TrueOrFalse { get; } = new(BooleanKind, null, null, []);

    /// <summary>The single message used for every value this domain refuses (wrong type or out of range).</summary>
    public string Requirement => Kind switch
    {
        IntegerKind => string.Create(CultureInfo.InvariantCulture, $"must be an integer from {Min} to {Max}"),
        NumberKind => string.Create(CultureInfo.InvariantCulture, $"must be a number from {Min} to {Max}"),
        _ => "must be true or false",
    };

    /// <summary>The answer as a number for scoring (true = 1, false = 0), or null when it does not fit.</summary>
    public decimal? Accept(Answer answer) => (Kind, answer) switch
    {
        (BooleanKind, Answer.Boolean b) => b.Value ? 1m : 0m,
        (IntegerKind, Answer.Number n) when n.Value == decimal.Truncate(n.Value) && InRange(n.Value) => n.Value,
        (NumberKind, Answer.Number n) when InRange(n.Value) => n.Value,
        _ => null,
    };

    private bool InRange(decimal value) => value >= Min && value <= Max;
}

/// <summary>A labelled option of an integer item (e.g. sbst.9: 3 = "very much").</summary>
public sealed record ValueOption(int Value, string Label);
