namespace BackPlan.Clinical.Tests;

/// <summary>Short ways to write answers in tests.</summary>
public static class AnswerSet
{
    /// <summary>prefix.1 … prefix.n with the given numbers; a null leaves that item out.</summary>
    public static Dictionary<string, Answer?> Numbered(string prefix, params decimal?[] values) =>
        values.Select((v, i) => (Code: $"{prefix}.{i + 1}", Value: v))
            .Where(p => p.Value is not null)
            .ToDictionary(p => p.Code, p => (Answer?)new Answer.Number(p.Value!.Value));

    /// <summary>prefix.1 … prefix.n with the given booleans; a null leaves that item out.</summary>
    public static Dictionary<string, Answer?> Flags(string prefix, params bool?[] values) =>
        values.Select((v, i) => (Code: $"{prefix}.{i + 1}", Value: v))
            .Where(p => p.Value is not null)
            .ToDictionary(p => p.Code, p => (Answer?)new Answer.Boolean(p.Value!.Value));

    /// <summary>Answers from plain values: int/decimal → Number, bool → Boolean, string → Text, null → not answered.</summary>
    public static Dictionary<string, Answer?> Of(params (string Code, object? Value)[] answers) =>
        answers.ToDictionary(a => a.Code, a => ToAnswer(a.Value));

    public static Answer? ToAnswer(object? value) => value switch
    {
        null => null,
        bool b => new Answer.Boolean(b),
        string s => new Answer.Text(s),
        int i => new Answer.Number(i),
        double d => new Answer.Number((decimal)d),
        decimal m => new Answer.Number(m),
        Answer a => a,
        _ => throw new ArgumentException("unsupported test value", nameof(value)),
    };
}
