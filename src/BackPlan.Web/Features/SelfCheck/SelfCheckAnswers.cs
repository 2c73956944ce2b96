using System.Globalization;
using BackPlan.Clinical;
using BackPlan.Clinical.Screening;
using BackPlan.Web.Features.Inquiries;

namespace BackPlan.Web.Features.SelfCheck;

/// <summary>
/// What a visitor ticked on /self-check, read from the posted form, and what follows from it.
/// Nothing here is stored; the result only lives in the page (and, if the visitor chooses, in the
/// link to the contact form).
/// </summary>
public sealed class SelfCheckAnswers
{
    public const string AgeField = "age";
    public const string DurationField = "duration";

    public HashSet<string> Ticked { get; } = new(StringComparer.Ordinal);

    public string Age { get; private set; } = "";

    public string Duration { get; private set; } = "";

    public static SelfCheckAnswers Read(IFormCollection form)
    {
        var answers = new SelfCheckAnswers { Age = form[AgeField].ToString().Trim(), Duration = form[DurationField].ToString() };
        answers.Ticked.UnionWith(RedFlags.Items.Select(i => i.Code).Where(code => form[code] == "true"));
        return answers;
    }

    /// <summary>The age as a number, or why it cannot be used (English).</summary>
    public (int? Age, string? Error) ParseAge() =>
        Age.Length == 0 ? (null, null)
        : int.TryParse(Age, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age is >= 16 and <= 120 ? (age, null)
        : (null, "Enter your age in whole years, from 16 to 120. For a child, please ask a doctor.");

    /// <summary>The clinical core's result for these answers; age must be valid (see <see cref="ParseAge"/>).</summary>
    public ScreeningResult Evaluate(int? age)
    {
        var input = new ScreeningInput(age, Ticked.ToDictionary(code => code, Answer? (_) => new Answer.Boolean(true)));
        return Screener.Evaluate(input).Result ?? throw new InvalidOperationException("The self-check sent an answer the screener refused.");
    }

    /// <summary>The red-flag items behind the result, in the order they were asked.</summary>
    public static IReadOnlyList<ScreeningItem> Reasons(ScreeningResult result)
    {
        var codes = result.Rules.SelectMany(r => r.Because).ToHashSet();
        return RedFlags.Items.Where(i => codes.Contains(i.Code)).ToList();
    }

    /// <summary>The contact form, prefilled with the duration and the result; only offered when booking is fine.</summary>
    public string ContactLink(ScreeningResult result)
    {
        var link = $"/contact?selfcheck={result.Urgency}";
        if (InquiryInput.Durations.Contains(Duration))
        {
            link += $"&duration={Duration}";
        }

        var reasons = Reasons(result);
        return reasons.Count > 0 ? link + "&flags=" + Uri.EscapeDataString(string.Join(',', reasons.Select(r => r.Code))) : link;
    }
}
