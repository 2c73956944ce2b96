using BackPlan.Web.Features.Plans;
using BackPlan.Web.Tests.Features.Intake;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Plans;

/// <summary>The steps of the assess-and-tailor journey, driven through the pages like a browser without script.</summary>
internal static class PlanSteps
{
    public static async Task<Guid> IntakeAsync(HttpClient client, Guid patientId, Action<Dictionary<string, string>>? change = null)
    {
        var episodeId = await IntakeTests.StartEpisodeAsync(client, patientId);
        var fields = IntakeTests.Baseline();
        change?.Invoke(fields);
        var response = await Browserless.PostFormAsync(client, $"/episodes/{episodeId}/intake", "intake", fields);
        Assert.EndsWith($"/episodes/{episodeId}", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        return episodeId;
    }

    public static Task<HttpResponseMessage> RecommendAsync(HttpClient client, Guid episodeId, string from = "recommendation") =>
        Browserless.PostFormAsync(client, $"/episodes/{episodeId}/plan", "recommend", new() { ["from"] = from });

    /// <summary>Posts the builder form as the page shows the draft, after <paramref name="edit"/> changes the fields.</summary>
    public static async Task<HttpResponseMessage> SubmitDraftAsync(BackPlanApp app, HttpClient client, TestClinic clinic, Guid episodeId, string action, Action<Dictionary<string, string>>? edit = null)
    {
        var draft = await clinic.QueryAsync(db => db.PlanVersions.SingleAsync(p => p.EpisodeId == episodeId && p.Status == PlanStatus.Draft));
        var fields = Fields(PlanBuilderForm.From(draft));
        fields["action"] = action;
        edit?.Invoke(fields);
        return await Browserless.PostFormAsync(client, $"/episodes/{episodeId}/plan", "builder", fields);
    }

    public static Dictionary<string, string> Fields(PlanBuilderForm form)
    {
        var fields = new Dictionary<string, string>
        {
            ["rows"] = (form.Rows.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["sessions"] = form.Sessions,
            ["weeks"] = form.Weeks,
            ["minutes"] = form.Minutes,
            ["reviewAfter"] = form.ReviewAfter,
            ["patientGoals"] = form.PatientGoals,
            ["changeReason"] = form.ChangeReason,
        };
        for (var i = 0; i < form.Rows.Count; i++)
        {
            var r = form.Rows[i];
            foreach (var (name, value) in new[]
            {
                ("kind", r.Kind), ("technique", r.Technique), ("region", r.Region), ("side", r.Side), ("pressure", r.Pressure),
                ("exercise", r.Exercise), ("topic", r.Topic), ("aim", r.Aim), ("sets", r.Sets), ("reps", r.Reps), ("hold", r.Hold),
                ("minutes", r.Minutes), ("frequency", r.Frequency), ("reason", r.Reason), ("source", r.Source),
            })
            {
                fields[$"e{i}.{name}"] = value;
            }

            // FormUrlEncodedContent takes one value per key: the journey's goals are single, so one is enough.
            if (r.Serves.Count > 0)
            {
                fields[$"e{i}.serves"] = r.Serves[0];
            }
        }

        return fields;
    }
}
