using System.Globalization;
using System.Security.Cryptography;
using BackPlan.Clinical;
using BackPlan.Clinical.Plans;
using BackPlan.Clinical.Scoring;
using BackPlan.Clinical.Screening;
using BackPlan.Web.Data;
using BackPlan.Web.Features.AfterSessions;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.HomeProgram;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.Questionnaires;
using BackPlan.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Demo;

/// <summary>
/// About 60 past episodes with baseline, 4-week and discharge questionnaires, approved programs and
/// attended sessions, home-exercise logs, answered post-session checks and a few adverse events, so
/// the demo's outcomes dashboard has something to show: mostly responders,
/// some partial and non-responders, a few missing follow-ups, recent episodes still open.
/// A fixed seed makes every fresh demo the same; one SaveChanges keeps first start quick (the
/// outcome records follow from <see cref="Outcomes.OutcomeRefreshInterceptor"/>).
/// </summary>
internal static class DemoOutcomes
{
    public const int Episodes = 60;

    public static async Task SeedAsync(BackPlanDb db, IReadOnlyList<Patient> patients, IReadOnlyList<StaffMember> practitioners, DateOnly today)
    {
        var random = new Random(20261127);
        // Between-visit care (exercise log, soreness checks, adverse events) draws from its own
        // stream, so the questionnaire figures stay what they were before it was added.
        var care = new Random(20261128);
        var logged = new HashSet<(Guid, string, DateOnly)>();
        var type = await db.AppointmentTypes.OrderBy(t => t.Minutes).FirstAsync(t => t.Minutes >= 45);
        var rooms = await db.Rooms.OrderBy(r => r.Name).Select(r => r.Id).ToListAsync();
        var plan = Program(today);
        // Every 15-minute slot already held (the demo episode's sessions are seeded before these).
        var taken = (await db.SlotClaims.AsNoTracking().Select(c => new { c.ResourceId, c.StartUtc }).ToListAsync())
            .Select(c => (c.ResourceId, c.StartUtc)).ToHashSet();
        for (var i = 0; i < Episodes; i++)
        {
            var patient = patients[i % patients.Count];
            // Patients seen twice get their second episode later in the year.
            var started = today.AddDays(-(i < patients.Count ? random.Next(200, 380) : random.Next(20, 190)));
            var therapist = practitioners[i % practitioners.Count];
            var episode = new Episode
            {
                PatientId = patient.Id,
                OnsetDate = started.AddDays(-random.Next(5, 300)),
                StartedOn = started,
                PreviousEpisodes = random.Next(0, 4),
                CreatedAt = Noon(started),
                CreatedBy = therapist.FullName,
            };
            db.Episodes.Add(episode);

            // Course: 0–54 responder, 55–79 partial, 80–89 no better or worse, 90–99 no follow-up returned.
            var course = random.Next(100);
            var pain = random.Next(4, 9);
            var odi = random.Next(10, 26) * 2;
            Respond(db, episode, "nprs", TimePoints.Baseline, started, new() { ["nprs.current"] = pain });
            Respond(db, episode, "odi", TimePoints.Baseline, started, Odi(odi));
            Respond(db, episode, "sbst", TimePoints.Baseline, started, Sbst(random.Next(10)));
            Respond(db, episode, "psfs", TimePoints.Baseline, started, new() { ["psfs.1"] = random.Next(2, 6), ["psfs.2"] = random.Next(2, 6) });
            Respond(db, episode, "sqs", TimePoints.Baseline, started, new() { ["sqs.1"] = random.Next(2, 7) });
            Respond(db, episode, "pss4", TimePoints.Baseline, started, new() { ["pss4.1"] = random.Next(1, 4), ["pss4.2"] = random.Next(1, 4), ["pss4.3"] = random.Next(1, 4), ["pss4.4"] = random.Next(1, 4) });

            var composition = random.Next(10);
            var elements = composition switch
            {
                0 => plan.Elements.Where(e => e.Kind is PlanVocabulary.SoftTissue or PlanVocabulary.Referral).ToList(),
                1 => plan.Elements.Where(e => e.Kind != PlanVocabulary.SoftTissue).ToList(),
                _ => [.. plan.Elements],
            };
            var version = new PlanVersion
            {
                PatientId = patient.Id,
                EpisodeId = episode.Id,
                Number = 1,
                Status = PlanStatus.Approved,
                Schedule = plan.Schedule,
                ReviewAfterSession = plan.ReviewAfterSession,
                Elements = elements,
                Warnings = [.. plan.Warnings],
                Origin = "recommendation",
                CreatedAt = Noon(started),
                CreatedBy = therapist.FullName,
                ApprovedAt = Noon(started),
                ApprovedBy = therapist.FullName,
            };
            db.PlanVersions.Add(version);

            var age = today.DayNumber - started.DayNumber;
            var sessions = Math.Min(6, age / 7);
            for (var s = 0; s < sessions; s++)
            {
                var status = course >= 90 && s >= 2 ? AppointmentStatus.NoShow : random.Next(20) == 0 ? AppointmentStatus.NoShow : AppointmentStatus.Attended;
                var appointment = Book(db, taken, patient, therapist, type, rooms[i % rooms.Count], started.AddDays(7 * s), i, status);
                if (status == AppointmentStatus.Attended && care.Next(10) < 7)
                {
                    AnswerCheck(db, appointment, care.Next(12) == 0 ? care.Next(7, 9) : care.Next(0, 5));
                }
            }

            // Two or three patients whose pain flared after a session, recorded as adverse events.
            if (course >= 80 && age > 14 && care.Next(3) == 0)
            {
                db.Add(new AdverseEvent
                {
                    PatientId = patient.Id,
                    Description = "Back pain clearly worse for two days after the session; settled with rest and gentler pressure next time.",
                    Severity = AdverseEventSeverity.Mild,
                    Outcome = AdverseEventOutcome.Resolved,
                    OccurredOn = started.AddDays(8),
                    ResolvedOn = started.AddDays(10),
                    RecordedAt = Noon(started.AddDays(14)),
                    RecordedBy = therapist.FullName,
                });
            }

            LogExercises(db, logged, care, version, started, today, course);

            var reviewDay = 28 + random.Next(-5, 6);
            if (course >= 90 || age <= reviewDay)
            {
                episode.Status = EpisodeStatus.Active;
                continue; // no follow-up (yet)
            }

            var (painAt4, odiAt4) = course switch
            {
                < 55 => (random.Next(0, Math.Min(3, pain - 2)), odi * random.Next(25, 55) / 100),
                < 80 => (pain - random.Next(0, 2), odi * random.Next(75, 95) / 100),
                _ => (Math.Min(10, pain + random.Next(0, 3)), Math.Min(100, odi + (2 * random.Next(0, 4)))),
            };
            var review = started.AddDays(reviewDay);
            Respond(db, episode, "nprs", TimePoints.Review, review, new() { ["nprs.current"] = painAt4 });
            Respond(db, episode, "odi", TimePoints.Review, review, Odi(odiAt4 / 2 * 2));
            Respond(db, episode, "psfs", TimePoints.Review, review, new() { ["psfs.1"] = course < 55 ? random.Next(6, 10) : random.Next(3, 6), ["psfs.2"] = course < 55 ? random.Next(6, 10) : random.Next(3, 6) });
            Respond(db, episode, "sqs", TimePoints.Review, review, new() { ["sqs.1"] = course < 55 ? random.Next(6, 10) : random.Next(3, 7) });
            Respond(db, episode, "pss4", TimePoints.Review, review, new() { ["pss4.1"] = random.Next(0, 3), ["pss4.2"] = random.Next(2, 5), ["pss4.3"] = random.Next(2, 5), ["pss4.4"] = random.Next(0, 3) });

            var discharge = started.AddDays(reviewDay + random.Next(14, 28));
            if (discharge >= today)
            {
                episode.Status = EpisodeStatus.Active;
                continue;
            }

            if (course >= 80)
            {
                episode.Status = EpisodeStatus.Referred;
                episode.ClosingReason = "No meaningful change after the review: referred to the GP for medical assessment.";
            }
            else
            {
                var painAtEnd = Math.Max(0, painAt4 - random.Next(0, 2));
                Respond(db, episode, "nprs", TimePoints.Discharge, discharge, new() { ["nprs.current"] = painAtEnd });
                Respond(db, episode, "odi", TimePoints.Discharge, discharge, Odi(Math.Max(0, odiAt4 - (2 * random.Next(0, 4))) / 2 * 2));
                episode.Status = EpisodeStatus.Discharged;
                episode.ClosingReason = "Goals met; discharged with a self-management plan.";
            }

            episode.ClosedAt = Noon(discharge);
            episode.ClosedBy = therapist.FullName;
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The demo's program, recommended once by the clinical core for a typical subacute patient.</summary>
    private static PlanRecommendation Program(DateOnly today)
    {
        List<PlanFinding?> findings = [new("hypertonicity", "lumbar_paraspinals", "bilateral", 2), new("low_endurance", null, null, 2)];
        List<PlanGoal?> goals = [new("psfs.1", "walk the dog"), new("psfs.2", "sit at my desk")];
        return PlanRecommender.Recommend(new PlanRequest(today.AddDays(-40), today, "medium",
            new ScreeningInput(45, new Dictionary<string, Answer?>()), findings, goals)).Result!;
    }

    /// <summary>
    /// Home exercise done on most days by responders, on fewer by the others, and only in the first
    /// two weeks by patients who stopped coming; until the episode ends (in the loop's later steps
    /// the end is not known yet, so six weeks stands in for it).
    /// </summary>
    private static void LogExercises(BackPlanDb db, HashSet<(Guid, string, DateOnly)> logged, Random care, PlanVersion version, DateOnly started, DateOnly today, int course)
    {
        var exercises = HomeExercises.Exercises(version).Select(e => e.Exercise!).ToList();
        var chance = course switch { < 55 => 85, < 80 => 65, < 90 => 45, _ => 30 };
        var days = course >= 90 ? 14 : 42;
        for (var day = started.AddDays(1); day < today && day <= started.AddDays(days); day = day.AddDays(1))
        {
            foreach (var exercise in exercises.Where(e => care.Next(100) < chance && logged.Add((version.PatientId, e, day))))
            {
                db.Add(new ExerciseLog
                {
                    PatientId = version.PatientId,
                    EpisodeId = version.EpisodeId,
                    PlanVersionId = version.Id,
                    Exercise = exercise,
                    Day = day,
                    Done = true,
                    RecordedAt = Noon(day).AddHours(7),
                });
            }
        }
    }

    private static void AnswerCheck(BackPlanDb db, Appointment appointment, int soreness) =>
        db.Add(new PostSessionCheck
        {
            PatientId = appointment.PatientId,
            AppointmentId = appointment.Id,
            PractitionerId = appointment.PractitionerId,
            SessionStartUtc = appointment.StartUtc,
            CreatedAt = appointment.EndUtc.AddDays(1),
            ExpiresAt = appointment.EndUtc.AddDays(8),
            TokenHash = Convert.ToHexStringLower(SHA256.HashData(appointment.Id.ToByteArray())),
            CompletedAt = appointment.EndUtc.AddDays(1).AddHours(3),
            Soreness = soreness,
            Settled = soreness >= 7 ? SettledAnswers.Partly : SettledAnswers.Yes,
        });

    private static Appointment Book(BackPlanDb db, HashSet<(Guid, DateTime)> taken, Patient patient, StaffMember therapist, AppointmentType type, Guid room, DateOnly day, int index, AppointmentStatus status)
    {
        // 09:00–15:00 UTC (10:00–17:00 in Warsaw), the first free hour for this therapist and room.
        var start = day.ToDateTime(new TimeOnly(9 + (index % 6), 0), DateTimeKind.Utc);
        while (Slots(start, type.Minutes).Any(slot => taken.Contains((therapist.Id, slot)) || taken.Contains((room, slot))))
        {
            start = start.AddHours(1);
        }

        foreach (var slot in Slots(start, type.Minutes))
        {
            taken.Add((therapist.Id, slot));
            taken.Add((room, slot));
        }

        var appointment = new Appointment
        {
            PatientId = patient.Id,
            PractitionerId = therapist.Id,
            RoomId = room,
            AppointmentTypeId = type.Id,
            StartUtc = start,
            EndUtc = start.AddMinutes(type.Minutes),
            Status = status,
            CreatedAt = start.AddDays(-7),
            CreatedBy = "Filip Recepcja",
        };
        appointment.ClaimSlots();
        db.Appointments.Add(appointment);
        return appointment;
    }

    private static IEnumerable<DateTime> Slots(DateTime start, int minutes) =>
        Enumerable.Range(0, (minutes + SlotClaim.Minutes - 1) / SlotClaim.Minutes).Select(i => start.AddMinutes(i * SlotClaim.Minutes));

    private static Dictionary<string, object> Odi(int percent)
    {
        // Ten sections summing to percent ÷ 2 (each 0–5), spread evenly.
        var total = Math.Clamp(percent / 2, 0, 50);
        return Enumerable.Range(1, 10).ToDictionary(i => $"odi.{i}", i => (object)((total / 10) + (i <= total % 10 ? 1 : 0)));
    }

    /// <summary>About 40 % low, 40 % medium, 20 % high risk.</summary>
    private static Dictionary<string, object> Sbst(int draw)
    {
        var (physical, psychosocial, bother) = draw switch { < 4 => (2, 0, 1), < 8 => (4, 1, 2), _ => (3, 4, 3) };
        return Enumerable.Range(1, 8).ToDictionary(i => $"sbst.{i}", i => (object)(i <= 4 ? i <= physical : i - 4 <= psychosocial))
            .Append(new KeyValuePair<string, object>("sbst.9", bother)).ToDictionary();
    }

    private static void Respond(BackPlanDb db, Episode episode, string code, string timePoint, DateOnly on, Dictionary<string, object> values)
    {
        var answers = values.ToDictionary(v => v.Key, v => (Answer?)(v.Value is bool b ? new Answer.Boolean(b) : new Answer.Number(Convert.ToDecimal(v.Value, CultureInfo.InvariantCulture))));
        var labels = code == "psfs" ? new Dictionary<string, string> { ["psfs.1"] = "walk the dog", ["psfs.2"] = "sit at my desk" } : null;
        var response = new InstrumentResponse(answers, labels);
        db.QuestionnaireResponses.Add(QuestionnaireResponse.From(Scorer.Score(code, response).Result!, response, episode.PatientId, episode.Id, timePoint, "demo", Noon(on)));
    }

    private static DateTime Noon(DateOnly day) => day.ToDateTime(new TimeOnly(11, 0), DateTimeKind.Utc);
}
