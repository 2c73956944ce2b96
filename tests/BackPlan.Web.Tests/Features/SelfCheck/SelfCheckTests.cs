using System.Globalization;
using System.Net;
using System.Resources;
using BackPlan.Clinical.Screening;
using BackPlan.Web.Data;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.SelfCheck;

public class SelfCheckTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Check_CaudaEquinaAnswer_GivesEmergencyAdviceAndNoBooking()
    {
        using var visitor = Browserless.NewClient(app);

        var page = await PostAsync(visitor, new() { [RedFlags.SaddleNumbness] = "true", ["duration"] = "Acute" });

        var emergency = UrgencyAdvice.For(Urgency.Emergency);
        Assert.Contains(emergency.Heading, page, StringComparison.Ordinal);
        Assert.Contains(emergency.Instructions, page, StringComparison.Ordinal);
        Assert.Contains(emergency.WhatToSay, page, StringComparison.Ordinal);
        Assert.Contains("class=\"banner urgency-emergency\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/contact?", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Request an assessment", page, StringComparison.Ordinal);
        // The answer stays ticked, so the visitor can change it.
        Assert.Matches("id=\"sc-rf-saddle_numbness\"[^>]*checked", page);
    }

    [Fact]
    public async Task Check_FeverAlone_GivesUrgentAdviceAndNoBooking()
    {
        using var visitor = Browserless.NewClient(app);

        var page = await PostAsync(visitor, new() { [RedFlags.Fever] = "true" });

        Assert.Contains(UrgencyAdvice.For(Urgency.Urgent).Heading, page, StringComparison.Ordinal);
        Assert.DoesNotContain("/contact?", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_NoFlags_InvitesToContactWithTheDurationPrefilled()
    {
        using var visitor = Browserless.NewClient(app);

        var page = await PostAsync(visitor, new() { ["age"] = "42", ["duration"] = "Subacute" });

        Assert.Contains(UrgencyAdvice.For(Urgency.None).Heading, page, StringComparison.Ordinal);
        Assert.Contains("href=\"/contact?selfcheck=none&amp;duration=Subacute\"", page, StringComparison.Ordinal);
        var contact = await visitor.GetStringAsync("/contact?selfcheck=none&duration=Subacute", Ct);
        Assert.Matches("<input[^>]*value=\"Subacute\"[^>]*checked", contact);
        Assert.Contains("nothing there needs a doctor first", contact, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_RoutineFlag_InvitesToContactAndNamesThePointForTheGp()
    {
        using var visitor = Browserless.NewClient(app);

        var page = await PostAsync(visitor, new() { [RedFlags.ThoracicPain] = "true" });

        Assert.Contains(UrgencyAdvice.For(Urgency.Routine).Heading, page, StringComparison.Ordinal);
        Assert.Contains("href=\"/contact?selfcheck=routine&amp;flags=rf.thoracic_pain\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_AgeOutOfRange_ErrorBesideTheFieldAndAnswersKept()
    {
        using var visitor = Browserless.NewClient(app);

        var page = await PostAsync(visitor, new() { ["age"] = "9", [RedFlags.MinorTrauma] = "true" });

        Assert.Matches("id=\"age-error\"[^>]*>Enter your age in whole years", page);
        Assert.Matches("id=\"sc-rf-minor_trauma\"[^>]*checked", page);
        Assert.DoesNotContain("urgency-", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_AnyAnswers_StoresNothing()
    {
        await using var own = new BackPlanApp();
        await ((IAsyncLifetime)own).InitializeAsync();
        var before = await CountRowsAsync(own);
        using var visitor = Browserless.NewClient(own);

        await PostAsync(visitor, new() { [RedFlags.BladderChange] = "true", ["age"] = "55" });
        await PostAsync(visitor, new() { ["duration"] = "Chronic" });

        Assert.Equal(before, await CountRowsAsync(own));
    }

    [Fact]
    public void EveryQuestionAndAdvice_HasAPolishTranslation()
    {
        var strings = new ResourceManager("BackPlan.Web.Resources.SharedResource", typeof(Program).Assembly);
        var texts = RedFlags.Items.Select(i => i.Question)
            .Concat(UrgencyAdvice.All.SelectMany(a => new[] { a.Heading, a.Instructions, a.WhatToSay }))
            .ToList();

        var untranslated = texts.Where(t => strings.GetString(t, new CultureInfo("pl")) is null).ToList();
        Assert.True(untranslated.Count == 0, string.Join(" | ", untranslated));
    }

    private static async Task<string> PostAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await Browserless.PostFormAsync(client, "/self-check", "self-check", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>Rows in every table of the model.</summary>
    private static async Task<Dictionary<string, int>> CountRowsAsync(BackPlanApp target)
    {
        await using var scope = target.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        var counts = new Dictionary<string, int>();
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct())
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            await db.Database.OpenConnectionAsync(Ct);
            counts[table] = Convert.ToInt32(await command.ExecuteScalarAsync(Ct), CultureInfo.InvariantCulture);
        }

        return counts;
    }
}
