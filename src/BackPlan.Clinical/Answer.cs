using System.Text.Json.Serialization;

namespace BackPlan.Clinical;

/// <summary>
/// One answer exactly as it was given, keeping its JSON type so nothing is coerced:
/// the text "3" stays text and is rejected where an integer belongs.
/// A C# null or <see cref="None"/> means "not answered".
/// </summary>
[JsonConverter(typeof(AnswerJsonConverter))]
public abstract record Answer
{
    private Answer()
    {
    }

    public static Answer None { get; } = new Absent();

    public sealed record Number(decimal Value) : Answer;

    public sealed record Boolean(bool Value) : Answer;

    public sealed record Text(string Value) : Answer;

    public sealed record Absent : Answer;

    public static bool IsAnswered(Answer? answer) => answer is not null and not Absent;
}
