namespace BackPlan.Clinical;

/// <summary>
/// Either a result or the validation errors that stopped it: a map from the offending field
/// (an item code, "age", "baseline" …) to its messages, in the shape ProblemDetails uses.
/// Expected bad input is reported here, never thrown.
/// </summary>
public sealed record Validated<T>
    where T : class
{
    internal Validated(T? result, IReadOnlyDictionary<string, string[]> errors)
    {
        Result = result;
        Errors = errors;
    }

    public T? Result { get; }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public bool IsValid => Result is not null;
}

public static class Validated
{
    public static Validated<T> Valid<T>(T result)
        where T : class => new(result, new Dictionary<string, string[]>());

    public static Validated<T> Invalid<T>(IReadOnlyDictionary<string, string[]> errors)
        where T : class => new(null, errors);
}
