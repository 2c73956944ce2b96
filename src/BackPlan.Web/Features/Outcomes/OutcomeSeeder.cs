using BackPlan.Clinical.Outcomes;
using BackPlan.Clinical.Plans;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Patients;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>Patients, episodes and their outcome records for one clinic, generated for load tests.</summary>
public sealed record SeededOutcomes(List<Patient> Patients, List<Episode> Episodes, List<EpisodeOutcomeRecord> Records);

/// <summary>
/// Synthetic outcome data at any scale (benchmarks of the dashboard query): episodes over the
/// last three years with baseline and 4-week scores drawn like the demo's (mostly responders,
/// some not, ~10 % missing), turned into records by the same <see cref="OutcomeRecordBuilder"/>
/// the app uses. No questionnaire rows are written: the dashboard reads only the records.
/// </summary>
public static class OutcomeSeeder
{
    private static readonly string[][] Programs =
    [
        [PlanVocabulary.SoftTissue, PlanVocabulary.Exercise, PlanVocabulary.Education],
        [PlanVocabulary.SoftTissue],
        [PlanVocabulary.Exercise, PlanVocabulary.Posture],
    ];

    public static SeededOutcomes Generate(Guid clinicId, IReadOnlyList<Guid> practitioners, IReadOnlyList<Guid> locations, int episodes, int seed, DateOnly today, DateTime now)
    {
        var random = new Random(seed);
        // A second stream for the care counts keeps the outcome draws the same as before they existed.
        var careRandom = new Random(seed + 1);
        var window = FollowUpWindow.Default;
        var patients = new List<Patient>(episodes / 2);
        var episodeRows = new List<Episode>(episodes);
        var records = new List<EpisodeOutcomeRecord>(episodes);
        for (var i = 0; i < episodes; i++)
        {
            if (i % 2 == 0)
            {
                var patient = new Patient { ClinicId = clinicId, GivenName = "Seed", FamilyName = $"Patient {i / 2}", DateOfBirth = today.AddDays(-random.Next(18 * 365, 85 * 365)), CreatedAt = now };
                patient.RefreshSearchText();
                patients.Add(patient);
            }

            var started = today.AddDays(-random.Next(0, 3 * 365));
            var episode = new Episode
            {
                ClinicId = clinicId,
                PatientId = patients[^1].Id,
                OnsetDate = started.AddDays(-random.Next(3, 400)),
                StartedOn = started,
                CreatedAt = now,
                CreatedBy = "seed",
            };
            var measures = new List<OutcomeMeasure>
            {
                new("nprs", EpisodeOutcome.Baseline, started, random.Next(3, 9)),
                new("odi", EpisodeOutcome.Baseline, started, random.Next(5, 30) * 2),
                new("sqs", EpisodeOutcome.Baseline, started, random.Next(2, 8)),
                new("pss4", EpisodeOutcome.Baseline, started, random.Next(3, 12)),
                new("psfs", EpisodeOutcome.Baseline, started, random.Next(2, 6)),
            };
            var course = random.Next(100);
            var followUp = started.AddDays(random.Next(22, 40));
            if (course < 90 && followUp < today)
            {
                var better = course < 55 ? 0.2 : course < 80 ? 0.75 : 1.1;
                measures.AddRange(measures.ToList().Select(m => m with
                {
                    TimePoint = EpisodeOutcome.Review,
                    On = followUp,
                    Score = m.Instrument is "sqs" or "psfs" ? Math.Min(10, m.Score + (course < 55 ? 3 : 0)) : Math.Round(m.Score * (decimal)better / (m.Instrument == "odi" ? 2 : 1)) * (m.Instrument == "odi" ? 2 : 1),
                }).Select(m => m with { Score = Math.Min(m.Instrument == "odi" ? 100 : 10, m.Score) }));
                if (followUp.AddDays(20) < today)
                {
                    episode.Status = EpisodeStatus.Discharged;
                    episode.ClosedAt = followUp.AddDays(20).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
                }
            }

            var practitioner = practitioners[random.Next(practitioners.Count)];
            var sessions = Enumerable.Range(0, random.Next(1, 8))
                .Select(_ => new SessionRow(practitioner, locations[i % locations.Count], random.Next(12) == 0 ? AppointmentStatus.NoShow : AppointmentStatus.Attended))
                .ToList();
            var record = new EpisodeOutcomeRecord { DurationClass = "" };
            var risk = PlanVocabulary.SbstGroups[random.Next(3)];
            var program = Programs[random.Next(10) switch { 0 => 1, 1 => 2, _ => 0 }];
            // About 70 % adherence where exercise is prescribed, an adverse event in 2 % of episodes,
            // answered soreness checks in 60 % with strong soreness now and then.
            var care = new CareCounts(
                program.Contains(PlanVocabulary.Exercise) ? Math.Round(careRandom.NextDouble() * 0.6 + 0.4, 3) : null,
                careRandom.Next(50) == 0 ? 1 : 0,
                careRandom.Next(10) < 6 ? (careRandom.Next(8) == 0 ? 1 : 0) : null);
            OutcomeRecordBuilder.Fill(record, episode, measures, risk, program,
                sessions, care, practitioner, null, episode.ClosedAt is { } closed ? DateOnly.FromDateTime(closed) : null, window, now);
            episodeRows.Add(episode);
            records.Add(record);
        }

        return new SeededOutcomes(patients, episodeRows, records);
    }
}
