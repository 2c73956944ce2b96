using System.Net;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Features.Outcomes;

public class OutcomesPageTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_KnownFixture_ShowsFiguresWithTheirN()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await OutcomeFixture.AddAsync(clinic, OutcomeFixture.Known());
        using var client = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/outcomes", Ct));

        Assert.Contains("Pain responders at 4 weeks", html, StringComparison.Ordinal);
        Assert.Contains("70 %", html, StringComparison.Ordinal); // 7 of 10
        Assert.Contains("40 – 89 %", html.Replace("40 % – 89 %", "40 – 89 %", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("exact binomial test p = 0.188", html, StringComparison.Ordinal);
        Assert.Contains("Trial: comprehensive massage therapy", html, StringComparison.Ordinal);
        Assert.Contains("If all of them were pain-free the share would be 50 %; if none were, 33 %.", html, StringComparison.Ordinal);
        Assert.Contains("cannot show that the treatment caused the improvement", html, StringComparison.Ordinal);
        Assert.Contains("Only my episodes", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_FewEpisodes_GreysTooFewToTell()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await OutcomeFixture.AddAsync(clinic, OutcomeFixture.Known());
        using var client = await Browserless.SignedInAsync(app, clinic.AdminEmail);

        var html = await client.GetStringAsync("/outcomes?risk=high", Ct);

        Assert.Contains("too-few", html, StringComparison.Ordinal);
        Assert.Contains("too few to tell", html, StringComparison.Ordinal);
        Assert.Matches("value=\"high\"[^>]*selected", html);
    }

    [Fact]
    public async Task Page_BadDate_SaysSoBesideTheField()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.AdminEmail);

        var html = await client.GetStringAsync("/outcomes?from=26.11.2026", Ct);

        Assert.Contains("Give a date as yyyy-mm-dd.", html, StringComparison.Ordinal);
        Assert.Contains("Some filters could not be read", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_Polish_IsTranslated()
    {
        var clinic = await TestClinic.CreateAsync(app);
        await OutcomeFixture.AddAsync(clinic, OutcomeFixture.Known());
        using var client = await Browserless.SignedInAsync(app, clinic.AdminEmail);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/outcomes");
        request.Headers.AcceptLanguage.ParseAdd("pl");

        var html = WebUtility.HtmlDecode(await (await client.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct));

        Assert.Contains("Wyniki leczenia", html, StringComparison.Ordinal);
        Assert.Contains("Poprawa bólu po 4 tygodniach", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_FrontDesk_IsForbidden()
    {
        var clinic = await TestClinic.CreateAsync(app);
        using var client = await Browserless.SignedInAsync(app, clinic.FrontDeskEmail);

        var response = await client.GetAsync("/outcomes", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
