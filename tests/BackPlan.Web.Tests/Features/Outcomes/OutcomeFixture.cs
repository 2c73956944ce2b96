using BackPlan.Clinical.Scoring;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Questionnaires;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Outcomes;

/// <summary>One episode of the fixture: baseline and optional 4-week scores (null = no follow-up).</summary>
public sealed record FixtureEpisode(
    decimal PainBaseline, decimal? PainFourWeeks, decimal OdiBaseline, decimal? OdiFourWeeks,
    string? Risk = null, bool Chronic = false, int Attended = 0, int NoShows = 0, bool Discharged = false);

/// <summary>Writes episodes with their questionnaires straight into a test clinic; the outcome records follow by themselves.</summary>
public static class OutcomeFixture
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public static async Task<List<Guid>> AddAsync(TestClinic clinic, IEnumerable<FixtureEpisode> episodes, int startedDaysAgo = 60)
    {
        var ids = new List<Guid>();
        foreach (var e in episodes)
        {
            ids.Add(await clinic.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<BackPlanDb>();
                var practitioner = await db.Staff.FirstAsync(s => s.Email == clinic.PractitionerEmail);
                var patient = new PatientInput { GivenName = "Out", FamilyName = $"Come{Guid.NewGuid():N}"[..12], DateOfBirth = new DateOnly(1970, 1, 1), ConsentToDataProcessing = true }
                    .ToPatient("test", DateTime.UtcNow);
                db.Patients.Add(patient);
                var started = Today.AddDays(-startedDaysAgo);
                var episode = new Episode
                {
                    PatientId = patient.Id,
                    OnsetDate = started.AddDays(e.Chronic ? -200 : -10),
                    StartedOn = started,
                    CreatedAt = Noon(started),
                    CreatedBy = practitioner.FullName,
                };
                db.Episodes.Add(episode);
                await db.SaveChangesAsync();
                db.QuestionnaireResponses.Add(Response(episode, "nprs", TimePoints.Baseline, e.PainBaseline, started));
                db.QuestionnaireResponses.Add(Response(episode, "odi", TimePoints.Baseline, e.OdiBaseline, started));
                if (e.Risk is { } risk)
                {
                    db.QuestionnaireResponses.Add(Response(episode, "sbst", TimePoints.Baseline, 5, started, risk));
                }

                await db.SaveChangesAsync();
                if (e.PainFourWeeks is { } pain)
                {
                    db.QuestionnaireResponses.Add(Response(episode, "nprs", TimePoints.Review, pain, started.AddDays(28)));
                }

                if (e.OdiFourWeeks is { } odi)
                {
                    db.QuestionnaireResponses.Add(Response(episode, "odi", TimePoints.Review, odi, started.AddDays(28)));
                }

                var type = await db.AppointmentTypes.OrderBy(t => t.Id).FirstAsync();
                for (var i = 0; i < e.Attended + e.NoShows; i++)
                {
                    var start = Noon(started.AddDays(7 * (i + 1)));
                    db.Appointments.Add(new Appointment
                    {
                        PatientId = patient.Id,
                        PractitionerId = practitioner.Id,
                        AppointmentTypeId = type.Id,
                        StartUtc = start,
                        EndUtc = start.AddMinutes(45),
                        Status = i < e.Attended ? AppointmentStatus.Attended : AppointmentStatus.NoShow,
                        CreatedAt = start.AddDays(-3),
                        CreatedBy = "test",
                    });
                }

                if (e.Discharged)
                {
                    episode.Status = EpisodeStatus.Discharged;
                    episode.ClosedAt = Noon(started.AddDays(40));
                }

                await db.SaveChangesAsync();
                return episode.Id;
            }));
        }

        return ids;
    }

    public static DateTime Noon(DateOnly day) => day.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);

    public static QuestionnaireResponse Response(Episode episode, string code, string timePoint, decimal score, DateOnly on, string? band = null)
    {
        var definition = BackPlan.Clinical.Scoring.Instruments.Find(code)!;
        var result = new ScoreResult(code, definition.Version, true, score, band, new Dictionary<string, decimal>(), 1, [], definition.Range, definition.HigherIsBetter);
        return new QuestionnaireResponse
        {
            PatientId = episode.PatientId,
            EpisodeId = episode.Id,
            Instrument = code,
            TimePoint = timePoint,
            Result = result,
            Score = score,
            RecordedAt = Noon(on),
            RecordedBy = "test",
        };
    }

    /// <summary>
    /// Twelve episodes started 60 days ago, all due for follow-up. NPRS 6 at baseline; at 4 weeks
    /// four are 0 (pain-free, responders), three are 3 (responders), three are 5 (not), two missing:
    /// pain responders 7/10, pain-free 4/10. ODI 40 → 20 in five (responders), 40 → 36 in five (not).
    /// Three are STarT Back high, two chronic; one attended 2 sessions and missed 1.
    /// </summary>
    public static IEnumerable<FixtureEpisode> Known() =>
    [
        new(6, 0, 40, 20, Risk: "high", Attended: 2, NoShows: 1, Discharged: true),
        new(6, 0, 40, 20, Risk: "high"),
        new(6, 0, 40, 20, Risk: "high"),
        new(6, 0, 40, 20, Chronic: true),
        new(6, 3, 40, 20),
        new(6, 3, 40, 36),
        new(6, 3, 40, 36),
        new(6, 5, 40, 36),
        new(6, 5, 40, 36),
        new(6, 5, 40, 36, Chronic: true),
        new(6, null, 40, null),
        new(6, null, 40, null),
    ];
}
