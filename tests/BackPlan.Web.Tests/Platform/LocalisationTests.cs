using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Staff;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Platform;

public partial class LocalisationTests
{
    private static readonly ResourceManager Strings = new("BackPlan.Web.Resources.SharedResource", typeof(Program).Assembly);
    private static readonly CultureInfo Polish = new("pl");

    [Fact]
    public void EveryStringOnEveryPage_HasAPolishTranslation()
    {
        var root = Repository.Root;
        var keys = Directory.EnumerateFiles(Path.Combine(root, "src", "BackPlan.Web"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(f => LocalizerKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal)))
            .Where(k => !(k.EndsWith('.') && !k.Contains(' '))) // a key family's prefix (e.g. "status."), checked below; sentences are checked here
            .Distinct()
            .ToList();

        Assert.True(keys.Count > 50, $"found only {keys.Count} keys: the scan is broken");
        var untranslated = keys.Where(k => Strings.GetString(k, Polish) is null).ToList();
        Assert.True(untranslated.Count == 0, string.Join(" | ", untranslated));
    }

    /// <summary>The resource compiler keeps one of two keys that differ only in case ("on" and "On"): the other's text is lost.</summary>
    [Theory]
    [InlineData("SharedResource.resx")]
    [InlineData("SharedResource.pl.resx")]
    public void NoTwoKeys_DifferOnlyInCase(string file)
    {
        var names = System.Xml.Linq.XDocument.Load(Path.Combine(Repository.Root, "src", "BackPlan.Web", "Resources", file))
            .Descendants("data").Select(d => (string)d.Attribute("name")!);
        var clashes = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();
        Assert.True(clashes.Count == 0, string.Join(" | ", clashes));
    }

    [Fact]
    public void EveryValidationMessage_HasAPolishTranslation()
    {
        var today = new DateOnly(2026, 11, 26);
        var messages = new[]
        {
            new PatientInput().Validate(today),
            new PatientInput { GivenName = new string('a', 101), FamilyName = "x", DateOfBirth = today.AddDays(1), Email = "x", Phone = "abc", City = new string('c', 101), PostalCode = new string('1', 21), AddressLine = new string('a', 201) }.Validate(today),
            new PatientInput { GivenName = "a", FamilyName = "b", DateOfBirth = today.AddYears(-121) }.Validate(today),
            new StaffInput { Role = "Nobody" }.Validate(),
            new StaffInput { FullName = new string('a', 201), Email = "a@b.c", Role = "Practitioner", Password = "short" }.Validate(),
            new BackPlan.Web.Features.Articles.ArticleInput { Status = "schedule" }.Validate(hasCover: true, DateTime.UtcNow),
            new BackPlan.Web.Features.Articles.ArticleInput { Title = new string('a', 201), Summary = new string('a', 301), Body = new string('a', 40_001), Status = "x", Slug = "Bad slug" }.Validate(false, DateTime.UtcNow),
            new BackPlan.Web.Features.Articles.ArticleInput { Title = "a", Summary = "b", Body = "c", Status = "schedule", PublishAt = DateTime.UtcNow.AddDays(-1) }.Validate(false, DateTime.UtcNow),
            new BackPlan.Web.Features.Articles.CommentInput().Validate(),
            new BackPlan.Web.Features.Articles.CommentInput { Name = new string('a', 101), Email = "x", Text = new string('a', 2001) }.Validate(),
            new BackPlan.Web.Features.Articles.CommentInput { Text = "http://a http://b http://c" }.Validate(),
            new BackPlan.Web.Features.PublicSite.PublicSiteInput { Description = new string('a', 2001), Services = new string('a', 2001), Phone = "x", Email = "x", Website = "ftp://x", Practitioners = [new() { Bio = new string('a', 1001) }] }.Validate(),
        }.SelectMany(e => e.Values.SelectMany(v => v)).Concat(BackPlan.Web.Features.Examinations.ExaminationMessages.All).Concat(BackPlan.Web.Features.Examinations.ExaminationText.Formats).Concat(BackPlan.Web.Features.Appointments.BookingMessages.All).Concat(BackPlan.Web.Features.AfterSessions.PostSessionAnswers.Messages).Concat(BackPlan.Web.Features.AfterSessions.AdverseEventInput.Messages).Concat(BackPlan.Web.Features.Forms.FormFiller.Messages).Concat(BackPlan.Web.Features.Locations.LocationInput.Messages).Concat(BackPlan.Web.Features.Amendments.AmendmentText.Messages).Concat(BackPlan.Web.Features.EmergencyAccess.EmergencyAccessRules.Messages).Distinct().ToList();

        Assert.True(messages.Count > 12);
        var untranslated = messages.Where(m => Strings.GetString(m, Polish) is null).ToList();
        Assert.Empty(untranslated);
    }

    [Fact]
    public void EveryKeyFamily_HasEnglishAndPolishText()
    {
        var keys = BackPlan.Clinical.Screening.Urgency.All.Select(u => "urgency." + u)
            .Concat(Enum.GetNames<BackPlan.Web.Features.Episodes.EpisodeStatus>().Select(s => "status." + s))
            .Concat(Enum.GetNames<BackPlan.Clinical.Screening.DurationClass>().Select(d => "duration." + d))
            .Concat(BackPlan.Web.Features.Questionnaires.TimePoints.All.Select(t => "timepoint." + t))
            .Concat(BackPlan.Clinical.Plans.PlanVocabulary.Findings.Select(f => "finding." + f.Code))
            .Concat(BackPlan.Clinical.Plans.PlanVocabulary.Regions.Select(r => "region." + r.Code))
            .Concat(BackPlan.Clinical.Plans.PlanVocabulary.Sides.Select(s => "side." + s))
            .Concat(BackPlan.Web.Features.Examinations.RangeOfMotion.SchoberBands.Select(b => "band." + b))
            .Concat(BackPlan.Clinical.Plans.PlanVocabulary.ElementKinds.Select(k => "kind." + k))
            .Concat(BackPlan.Clinical.Plans.PlanVocabulary.Techniques.Select(t => "technique." + t.Code))
            .Concat(BackPlan.Clinical.Plans.PlanVocabulary.Pressures.Select(p => "pressure." + p))
            .Concat(Enum.GetNames<BackPlan.Web.Features.Plans.PlanStatus>().Select(s => "plan." + s))
            .Concat(Enum.GetNames<BackPlan.Web.Features.Appointments.AppointmentStatus>().Select(s => "appointment." + s))
            .Concat(BackPlan.Web.Features.Appointments.BookingMessages.RefusalCodes.Select(c => "booking." + c))
            .Concat(BackPlan.Web.Features.PortalAppointments.SelfBooking.RefusalCodes.Select(c => "portal-booking." + c))
            .Concat(BackPlan.Web.Features.Alerts.AlertKinds.All.Select(k => "alert." + k))
            .Concat(Enum.GetNames<BackPlan.Web.Features.Amendments.AmendmentStatus>().Select(s => "amendment." + s))
            .Concat(BackPlan.Web.Features.Disclosures.DisclosureKinds.All.Select(k => "disclosure." + k))
            .Concat(BackPlan.Web.Features.Progress.ProgressReader.Measures.Select(m => "measure." + m))
            .Concat(BackPlan.Clinical.Progress.ProgressVerdicts.All.Select(v => "progress." + v))
            .Concat(Enum.GetNames<BackPlan.Web.Features.DataRights.DeletionOutcome>().Select(o => "deletion." + o))
            .Concat(BackPlan.Web.Features.AfterSessions.SettledAnswers.All.Select(a => "settled." + a))
            .Concat(Enum.GetNames<BackPlan.Web.Features.AfterSessions.AdverseEventSeverity>().Select(s => "severity." + s))
            .Concat(Enum.GetNames<BackPlan.Web.Features.AfterSessions.AdverseEventOutcome>().Select(o => "outcome." + o))
            .Concat(BackPlan.Web.Features.Questionnaires.TimePoints.All.Select(t => "form." + t))
            .Concat(BackPlan.Web.Features.Articles.ArticleStates.All.Select(s => "article." + s))
            .Concat(Enum.GetNames<BackPlan.Web.Features.Articles.CommentStatus>().Select(s => "comment." + s))
            .Concat(new[] { BackPlan.Clinical.Plans.PlanReview.Continue, BackPlan.Clinical.Plans.PlanReview.Revise, BackPlan.Clinical.Plans.PlanReview.Refer }.Select(o => "review." + o))
            .ToList();

        var missing = keys.Where(k => Strings.GetString(k, Polish) is null || Strings.GetString(k, CultureInfo.InvariantCulture) is null).ToList();
        Assert.Empty(missing);
    }

    [GeneratedRegex("L\\[\"((?:[^\"\\\\]|\\\\.)+)\"")]
    private static partial Regex LocalizerKey();
}
