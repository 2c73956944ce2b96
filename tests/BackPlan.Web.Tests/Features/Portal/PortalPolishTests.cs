using System.Net;
using System.Text.RegularExpressions;
using BackPlan.Clinical.Content;
using BackPlan.Web.Features.Forms;
using BackPlan.Web.Tests.Features.HomeProgram;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Portal;

/// <summary>
/// Every portal page, for a patient who chose Polish, shows no English: the text of each page's
/// main part is searched for common English words. The exercise and education library texts are
/// left out (they are translated separately).
/// </summary>
public sealed partial class PortalPolishTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PortalPages_PatientChosePolish_ShowNoEnglish()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var (episodeId, planId) = await ProgramSetup.ApprovedProgramAsync(clinic, clinic.PatientId);
        await ProgramSetup.LogAsync(clinic, clinic.PatientId, episodeId, planId, ProgramSetup.PelvicTilt, 1, 2, 3);
        // Check-ins only: a baseline the clinic recorded would take the baseline form away.
        await ProgramSetup.RespondAsync(clinic, clinic.PatientId, episodeId, "nprs", new() { ["nprs.current"] = 7 }, daysAgo: 19);
        await ProgramSetup.RespondAsync(clinic, clinic.PatientId, episodeId, "nprs", new() { ["nprs.current"] = 3 }, daysAgo: 2);
        using var patient = await Browserless.SignedInAsync(app, clinic.PatientEmail);
        await patient.GetAsync("/culture/pl?returnUrl=/portal", Ct);
        await patient.GetStringAsync("/portal/forms", Ct);
        var baseline = await clinic.QueryAsync(db => db.Set<ScheduledForm>().Where(f => f.EpisodeId == episodeId && f.Key == "baseline").Select(f => f.Id).SingleAsync(Ct));

        string[] pages = ["/portal", "/portal/forms", $"/portal/forms/{baseline}", "/portal/today", $"/portal/topics/{ProgramSetup.Topic}", "/portal/progress", "/portal/my-data"];
        var english = new List<string>();
        foreach (var path in pages)
        {
            var response = await patient.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = MainText(await response.Content.ReadAsStringAsync(Ct));
            Assert.Contains(" ", text, StringComparison.Ordinal);
            english.AddRange(EnglishWord().Matches(text).Select(m => $"{path}: …{Around(text, m.Index)}…"));
        }

        // The baseline's safety step (red flags and contraindications), after the history step is saved.
        await Browserless.PostFormAsync(patient, $"/portal/forms/{baseline}", "form-step", new()
        {
            ["step"] = "history",
            ["onsetDate"] = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["previousEpisodes"] = "1",
        });
        var safety = MainText(await patient.GetStringAsync($"/portal/forms/{baseline}", Ct));
        Assert.Contains("Czy jesteś w ciąży?", safety, StringComparison.Ordinal);
        english.AddRange(EnglishWord().Matches(safety).Select(m => $"safety step: …{Around(safety, m.Index)}…"));

        Assert.True(english.Count == 0, string.Join(Environment.NewLine, english));
        // The search itself works: the same page in English is full of English words.
        await patient.GetAsync("/culture/en?returnUrl=/portal", Ct);
        Assert.True(EnglishWord().Count(MainText(await patient.GetStringAsync("/portal/forms", Ct))) > 3);
    }

    /// <summary>The visible text of the page's main part, without the library texts.</summary>
    private static string MainText(string html)
    {
        var main = Regex.Match(html, "<main.*?</main>", RegexOptions.Singleline).Value;
        main = Regex.Replace(main, "<(script|style)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline);
        var text = WebUtility.HtmlDecode(Regex.Replace(main, "<[^>]+>", " "));
        var library = ExerciseLibrary.All.SelectMany(e => new[] { e.Name, e.Purpose }.Concat(e.Steps).Concat(e.Easier).Concat(e.Harder).Concat(e.Cautions))
            .Concat(TopicLibrary.All.SelectMany(t => t.Body.Prepend(t.Title)))
            .OrderByDescending(s => s.Length);
        foreach (var phrase in library)
        {
            text = text.Replace(phrase, " ", StringComparison.Ordinal);
        }

        return Regex.Replace(text, "\\s+", " ");
    }

    private static string Around(string text, int index) => text.Substring(Math.Max(0, index - 40), Math.Min(80, text.Length - Math.Max(0, index - 40)));

    // Words that are never Polish; "to", "do" and "a" are, so they are not on the list.
    [GeneratedRegex(@"\b(the|your|you|and|with|this|for|are|what|how|when|was|were|have|has|been|will|please|save|step|today|week|days|done|pain|exercises?|forms?|progress|score|answers?|yes|no|not|from|of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();
}
