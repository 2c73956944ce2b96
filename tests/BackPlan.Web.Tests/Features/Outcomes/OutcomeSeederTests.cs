using BackPlan.Web.Features.Outcomes;

namespace BackPlan.Web.Tests.Features.Outcomes;

public class OutcomeSeederTests
{
    [Fact]
    public void Generate_SameSeed_GivesTheSameRealisticRows()
    {
        var clinic = Guid.NewGuid();
        Guid[] practitioners = [Guid.NewGuid(), Guid.NewGuid()];
        Guid[] locations = [Guid.NewGuid()];
        var today = new DateOnly(2026, 11, 26);
        var now = new DateTime(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

        var a = OutcomeSeeder.Generate(clinic, practitioners, locations, 400, 7, today, now);
        var b = OutcomeSeeder.Generate(clinic, practitioners, locations, 400, 7, today, now);

        Assert.Equal(400, a.Episodes.Count);
        Assert.Equal(200, a.Patients.Count);
        Assert.Equal(a.Episodes.Select(e => e.Id), a.Records.Select(r => r.EpisodeId));
        Assert.Equal(a.Records.Select(r => r.PainResponderFourWeeks), b.Records.Select(r => r.PainResponderFourWeeks));
        var measured = a.Records.Where(r => r.PainResponderFourWeeks is not null).ToList();
        Assert.InRange(measured.Count(r => r.PainResponderFourWeeks == true) / (double)measured.Count, 0.4, 0.8);
        Assert.Contains(a.Records, r => r.PainFourWeeksOn is null);
        Assert.All(a.Records, r => Assert.Equal(clinic, r.ClinicId));
    }
}
