using BackPlan.Clinical;
using BackPlan.Clinical.Plans;
using BackPlan.Clinical.Scoring;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.Questionnaires;
using BackPlan.Web.Features.Sessions;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Sessions;

/// <summary>
/// A <see cref="TestClinic"/> with past appointments written straight to the database (booking
/// refuses the past), an episode with an approved program, and questionnaire check-ins.
/// </summary>
internal sealed class SessionClinic
{
    private SessionClinic(TestClinic clinic, Guid practitionerId, string practitionerName, Guid episodeId, PlanVersion plan)
    {
        Clinic = clinic;
        PractitionerId = practitionerId;
        PractitionerName = practitionerName;
        EpisodeId = episodeId;
        Plan = plan;
    }

    public TestClinic Clinic { get; }

    public Guid PractitionerId { get; }

    public string PractitionerName { get; }

    public Guid EpisodeId { get; }

    public PlanVersion Plan { get; }

    /// <summary>The index of the program's first soft tissue element.</summary>
    public int SoftTissueElement => Plan.Elements.FindIndex(e => e.Kind == PlanVocabulary.SoftTissue);

    public static async Task<SessionClinic> CreateAsync(BackPlanApp app, int planApprovedDaysAgo = 20)
    {
        var clinic = await TestClinic.CreateAsync(app);
        return await clinic.QueryAsync(async db =>
        {
            var practitioner = await db.Staff.SingleAsync(s => s.Email == clinic.PractitionerEmail);
            var now = DateTime.UtcNow;
            var episode = new Episode
            {
                PatientId = clinic.PatientId,
                OnsetDate = DateOnly.FromDateTime(now).AddDays(-60),
                StartedOn = DateOnly.FromDateTime(now).AddDays(-30),
                Status = EpisodeStatus.Active,
                CreatedAt = now.AddDays(-30),
                CreatedBy = "test",
            };
            var plan = new PlanVersion
            {
                PatientId = clinic.PatientId,
                EpisodeId = episode.Id,
                Number = 1,
                Status = PlanStatus.Approved,
                Schedule = new PlanSchedule(6, 4, 45),
                Elements =
                [
                    new(PlanVocabulary.SoftTissue, "myofascial_release", "quadratus_lumborum", "left", "release", "moderate", null, null, null, "restricted_glide", "nice-ng59", []),
                    new(PlanVocabulary.Exercise, null, null, null, "endurance", null, "bird_dog", null, null, "low_endurance", "nice-ng59", []),
                ],
                Origin = "recommendation",
                CreatedAt = now.AddDays(-planApprovedDaysAgo),
                CreatedBy = "test",
                ApprovedAt = now.AddDays(-planApprovedDaysAgo),
                ApprovedBy = "test",
            };
            db.AddRange(episode, plan);
            await db.SaveChangesAsync();
            return new SessionClinic(clinic, practitioner.Id, practitioner.FullName, episode.Id, plan);
        });
    }

    /// <summary>An appointment of the clinic's patient starting <paramref name="hoursFromNow"/> hours from now (negative: past).</summary>
    public Task<Guid> AppointmentAsync(double hoursFromNow, AppointmentStatus status = AppointmentStatus.Booked, bool late = false) =>
        Clinic.QueryAsync(async db =>
        {
            var type = await db.AppointmentTypes.FirstAsync(t => t.Code == "treatment-45");
            var start = DateTime.UtcNow.AddHours(hoursFromNow);
            start = new DateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute / 15 * 15, 0, DateTimeKind.Utc);
            var appointment = new Appointment
            {
                PatientId = Clinic.PatientId,
                PractitionerId = PractitionerId,
                AppointmentTypeId = type.Id,
                StartUtc = start,
                EndUtc = start.AddMinutes(45),
                Status = status,
                LateCancellation = late,
                CreatedAt = start.AddDays(-7),
                CreatedBy = "test",
            };
            db.Appointments.Add(appointment);
            await db.SaveChangesAsync();
            return appointment.Id;
        });

    public Task CheckInAsync(int nprs, double hoursFromNow) => Clinic.QueryAsync(async db =>
    {
        var response = new InstrumentResponse(new Dictionary<string, Answer?> { ["nprs.current"] = new Answer.Number(nprs) }, null);
        db.QuestionnaireResponses.Add(QuestionnaireResponse.From(Scorer.Score("nprs", response).Result!, response, Clinic.PatientId, EpisodeId,
            TimePoints.PreSession, "patient", DateTime.UtcNow.AddHours(hoursFromNow)));
        return await db.SaveChangesAsync();
    });

    /// <summary>A signed note with one technique on <paramref name="appointmentId"/>.</summary>
    public Task SignedNoteAsync(Guid appointmentId, AppliedTechnique technique) => Clinic.QueryAsync(async db =>
    {
        db.SessionNotes.Add(new SessionNote
        {
            PatientId = Clinic.PatientId,
            AppointmentId = appointmentId,
            EpisodeId = EpisodeId,
            PractitionerId = PractitionerId,
            PlanVersionId = Plan.Id,
            Status = NoteStatus.SignedOff,
            Techniques = [technique],
            CreatedAt = DateTime.UtcNow.AddDays(-7),
            CreatedBy = PractitionerName,
            SignedAt = DateTime.UtcNow.AddDays(-7),
            SignedBy = PractitionerName,
        });
        return await db.SaveChangesAsync();
    });

    public Task<SessionNote?> NoteAsync(Guid appointmentId) =>
        Clinic.QueryAsync(db => db.SessionNotes.AsNoTracking().Include(n => n.Addenda).FirstOrDefaultAsync(n => n.AppointmentId == appointmentId));

    public Task<AppointmentStatus> StatusAsync(Guid appointmentId) =>
        Clinic.QueryAsync(db => db.Appointments.Where(a => a.Id == appointmentId).Select(a => a.Status).SingleAsync());
}
