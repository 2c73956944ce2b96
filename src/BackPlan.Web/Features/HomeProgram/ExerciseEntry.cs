using System.Globalization;
using Microsoft.Extensions.Localization;

namespace BackPlan.Web.Features.HomeProgram;

/// <summary>One exercise's row of the "today" form, as posted.</summary>
public sealed record ExerciseEntry(string Exercise, bool Done, int? Difficulty, int? Pain, bool MadeWorse, string? Comment)
{
    public bool HasContent => Done || Difficulty is not null || Pain is not null || MadeWorse || Comment is not null;

    public static string Field(int index, string name) => $"x{index}.{name}";

    /// <summary>
    /// Reads row <paramref name="index"/> of the posted form for <paramref name="exercise"/>; ratings
    /// must be whole numbers 0–10 and the comment at most 1000 characters. Errors are keyed by field name.
    /// </summary>
    public static ExerciseEntry? Read(IFormCollection form, int index, string exercise, IStringLocalizer l, Dictionary<string, string> errors)
    {
        var start = errors.Count;
        var difficulty = Rating(form, Field(index, "difficulty"), l, errors);
        var pain = Rating(form, Field(index, "pain"), l, errors);
        var comment = form[Field(index, "comment")].ToString().Trim();
        if (comment.Length > ExerciseLog.MaxCommentLength)
        {
            errors[Field(index, "comment")] = l["Keep the comment to {0} characters.", ExerciseLog.MaxCommentLength];
        }

        return errors.Count > start ? null : new ExerciseEntry(
            exercise,
            form[Field(index, "done")] == "on",
            difficulty,
            pain,
            form[Field(index, "worse")] == "on",
            comment.Length == 0 ? null : comment);
    }

    private static int? Rating(IFormCollection form, string field, IStringLocalizer l, Dictionary<string, string> errors)
    {
        var text = form[field].ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 10)
        {
            return value;
        }

        errors[field] = l["Choose a number from 0 to 10."];
        return null;
    }
}
