using BackPlan.Clinical.Content;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Resources;
using Microsoft.Extensions.Localization;

namespace BackPlan.Web.Features.Alerts;

/// <summary>An alert's details as a page shows them: the exercise (when kept by code) in the reader's language, then the stored facts.</summary>
public static class AlertDetail
{
    public static string Text(StaffAlert alert, IStringLocalizer<SharedResource> l)
    {
        if (alert.Exercise is not { } code)
        {
            return alert.Detail ?? "";
        }

        var name = ExerciseLibrary.Find(code, UiLanguage.Current)?.Name ?? code;
        var exercise = l["Home exercise: {0}.", name].Value;
        return alert.Detail is { Length: > 0 } detail ? exercise + " " + detail : exercise;
    }
}
