using BackPlan.Clinical;
using BackPlan.Clinical.Plans;
using BackPlan.Clinical.Scoring;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Examinations;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.Questionnaires;
using BackPlan.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackPlan.Web.Features.Demo;

/// <summary>
/// The demo episode's treatment so far: three attended sessions with signed notes (one with an
/// addendum), a no-show, pain check-ins in between, and yesterday's session still without a note.
/// </summary>
internal static class DemoSessions
{
    private const string Therapist = "Tomasz Terapeuta";

    public static async Task SeedAsync(BackPlanDb db, Episode episode, PlanVersion plan, DateOnly today)
    {
        var practitioner = await db.Staff.FirstAsync(s => s.FullName == Therapist);
        var type = await db.AppointmentTypes.FirstAsync(t => t.Code == "treatment-45");
        var zone = DateTimeZoneProviders.Tzdb[await db.Clinics.Select(c => c.TimeZoneId).FirstAsync()];
        var soft = plan.Elements.Select((e, i) => (e, i)).Where(x => x.e.Kind == PlanVocabulary.SoftTissue).Select(x => x.i).ToList();

        Appointment Visit(int daysAgo, int hour, int minute, AppointmentStatus status)
        {
            var start = zone.AtLeniently(LocalDate.FromDateOnly(today.AddDays(-daysAgo)) + new LocalTime(hour, minute)).ToDateTimeUtc();
            var appointment = new Appointment
            {
                PatientId = episode.PatientId,
                PractitionerId = practitioner.Id,
                AppointmentTypeId = type.Id,
                StartUtc = start,
                EndUtc = start.AddMinutes(type.Minutes),
                Status = status,
                CreatedAt = start.AddDays(-3),
                CreatedBy = "Filip Recepcja",
            };
            appointment.ClaimSlots();
            db.Appointments.Add(appointment);
            return appointment;
        }

        SessionNote Note(Appointment visit, string subjective, List<AppliedTechnique> techniques, string assessment, string nextSteps, decimal? schober = null) =>
            new()
            {
                PatientId = episode.PatientId,
                AppointmentId = visit.Id,
                EpisodeId = episode.Id,
                PractitionerId = practitioner.Id,
                PlanVersionId = plan.Id,
                Status = NoteStatus.SignedOff,
                Subjective = subjective,
                Objective = "Guarded forward bend; tone raised in the lumbar paraspinals, easing during the session.",
                SchoberCm = schober,
                Findings = [new ExaminationFinding("hypertonicity", "lumbar_paraspinals", "bilateral", 2)],
                Techniques = techniques,
                Assessment = assessment,
                Plan = nextSteps,
                CreatedAt = visit.EndUtc,
                CreatedBy = Therapist,
                SignedAt = visit.EndUtc.AddMinutes(10),
                SignedBy = Therapist,
                SignedByStaffId = practitioner.Id,
            };

        // The techniques carry out the program's soft tissue elements as approved.
        List<AppliedTechnique> Techniques(string response, int pressure) =>
            soft.Take(2).Select((i, n) => new AppliedTechnique(plan.Elements[i].Technique!, plan.Elements[i].Region!, plan.Elements[i].Side,
                n == 0 ? 15 : 20, pressure, response, null, i)).ToList();

        var one = Visit(11, 10, 0, AppointmentStatus.Attended);
        db.SessionNotes.Add(Note(one, "First treatment session of this episode.\nPain 6/10 this morning after a long day at the desk.",
            Techniques(Responses.Better, 2), "Tolerated moderate pressure well; side bending eased after release.",
            "Continue the program; start the bird-dog progression at home.", 4.0m));

        CheckIn(db, episode, 5, Instant(zone, today.AddDays(-7), 8));
        var two = Visit(7, 10, 0, AppointmentStatus.Attended);
        db.SessionNotes.Add(Note(two, "Since the last visit: NPRS 6 → 5. Exercises done most days; sitting still the hardest.",
            Techniques(Responses.Better, 3), "Improving as planned; pressure raised to 3 without a flare.",
            "Same techniques next time; add a movement break every 45 minutes at work.", 4.5m));

        Visit(4, 10, 0, AppointmentStatus.NoShow);

        CheckIn(db, episode, 4, Instant(zone, today.AddDays(-3), 8));
        var three = Visit(3, 10, 0, AppointmentStatus.Attended);
        var note = Note(three, "Since the last visit: NPRS 5 → 4. Missed Monday's visit (child unwell). Lifted the daughter briefly without pain.",
            Techniques(Responses.Same, 3), "Steady progress towards both goals; review after the next session as planned.",
            "Review at session 4: NPRS and ODI before the visit.", 5.0m);
        note.Addenda.Add(new SessionNoteAddendum
        {
            PatientId = episode.PatientId,
            NoteId = note.Id,
            Text = "Patient phoned the next day: mild soreness in the evening, gone by morning.",
            Author = Therapist,
            CreatedAt = three.EndUtc.AddDays(1),
        });
        db.SessionNotes.Add(note);

        // Yesterday's session, not yet marked or written up: the note to try the pre-draft on.
        CheckIn(db, episode, 3, Instant(zone, today.AddDays(-1), 9));
        Visit(1, 11, 15, AppointmentStatus.Booked);
        await db.SaveChangesAsync();
    }

    private static DateTime Instant(DateTimeZone zone, DateOnly day, int hour) =>
        zone.AtLeniently(LocalDate.FromDateOnly(day) + new LocalTime(hour, 0)).ToDateTimeUtc();

    private static void CheckIn(BackPlanDb db, Episode episode, int pain, DateTime at)
    {
        var response = new InstrumentResponse(new Dictionary<string, Answer?>
        {
            ["nprs.current"] = new Answer.Number(pain),
            ["nprs.average"] = new Answer.Number(pain),
            ["nprs.worst"] = new Answer.Number(pain + 2),
        }, null);
        db.QuestionnaireResponses.Add(QuestionnaireResponse.From(Scorer.Score("nprs", response).Result!, response, episode.PatientId, episode.Id, TimePoints.PreSession, "patient", at));
    }
}
