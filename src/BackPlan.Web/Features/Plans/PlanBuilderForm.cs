using System.Globalization;
using BackPlan.Clinical.Plans;
using Microsoft.Extensions.Primitives;

namespace BackPlan.Web.Features.Plans;

/// <summary>
/// The plan builder's form: every element as a row of text fields (so a failed save shows exactly
/// what was typed), read back and checked against the plans.md vocabulary.
/// </summary>
public sealed class PlanBuilderForm
{
    public List<ElementRow> Rows { get; } = [];

    public string Sessions { get; set; } = "";

    public string Weeks { get; set; } = "";

    public string Minutes { get; set; } = "";

    public string ReviewAfter { get; set; } = "";

    public string PatientGoals { get; set; } = "";

    public string ChangeReason { get; set; } = "";

    public static PlanBuilderForm From(PlanVersion draft)
    {
        var form = new PlanBuilderForm
        {
            Sessions = Text(draft.Schedule?.Sessions),
            Weeks = Text(draft.Schedule?.Weeks),
            Minutes = Text(draft.Schedule?.MinutesPerSession),
            ReviewAfter = Text(draft.ReviewAfterSession),
            PatientGoals = draft.PatientGoals ?? "",
            ChangeReason = draft.ChangeReason ?? "",
        };
        form.Rows.AddRange(draft.Elements.Select(ElementRow.From));
        return form;
    }

    public static PlanBuilderForm Read(IReadOnlyDictionary<string, StringValues> posted)
    {
        string Get(string key) => posted.TryGetValue(key, out var v) ? v.ToString().Trim() : "";
        var form = new PlanBuilderForm
        {
            Sessions = Get("sessions"),
            Weeks = Get("weeks"),
            Minutes = Get("minutes"),
            ReviewAfter = Get("reviewAfter"),
            PatientGoals = Get("patientGoals"),
            ChangeReason = Get("changeReason"),
        };
        var count = int.TryParse(Get("rows"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Min(n, 200) : 0;
        for (var i = 0; i < count; i++)
        {
            var row = ElementRow.Read(i, Get, posted.TryGetValue($"e{i}.serves", out var serves) ? serves.Where(s => s is not null).Select(s => s!).ToList() : []);
            // The blank row for a new element counts only when a kind was chosen; a removed row is dropped.
            if (row.Kind.Length > 0 && !row.Remove)
            {
                form.Rows.Add(row);
            }
        }

        return form;
    }

    /// <summary>The edit, or the errors by field name (e.g. "e2.region", "sessions").</summary>
    public (PlanEdit? Edit, Dictionary<string, string[]> Errors) Validate(IReadOnlyCollection<string> goalIds)
    {
        var errors = new Dictionary<string, string[]>();
        var elements = new List<PlanElement>();
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].ToElement($"e{i}", goalIds, errors) is { } element)
            {
                elements.Add(element);
            }
        }

        var sessions = Number("sessions", Sessions, 1, 52, errors);
        var weeks = Number("weeks", Weeks, 1, 52, errors);
        var minutes = Number("minutes", Minutes, 10, 180, errors);
        var review = Number("reviewAfter", ReviewAfter, 1, 52, errors);
        if (review is not null && sessions is not null && review > sessions)
        {
            errors["reviewAfter"] = ["The review must come within the planned sessions."];
        }

        if (PatientGoals.Length > 2000)
        {
            errors["patientGoals"] = ["Use at most 2000 characters."];
        }

        if (ChangeReason.Length > 1000)
        {
            errors["changeReason"] = ["Use at most 1000 characters."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var schedule = sessions is null || weeks is null || minutes is null ? null : new PlanSchedule(sessions.Value, weeks.Value, minutes.Value);
        return (new PlanEdit(elements, schedule, review, Blank(PatientGoals), Blank(ChangeReason)), errors);
    }

    internal static int? Number(string field, string text, int min, int max, Dictionary<string, string[]> errors)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[field] = [string.Create(CultureInfo.InvariantCulture, $"Enter a whole number from {min} to {max}.")];
        return null;
    }

    internal static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    internal static string? Blank(string text) => text.Length == 0 ? null : text;
}
