using BackPlan.Web.Features.AfterSessions;
using BackPlan.Web.Features.Articles;
using BackPlan.Web.Features.Forms;
using BackPlan.Web.Features.HomeProgram;
using BackPlan.Web.Features.Inquiries;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Data;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Security;

/// <summary>
/// Real ids in the demo clinic for the route values of the authorization matrix (`@kind` in its
/// ids column): for a patient's record, one of the "own" patient (the Patient role's sign-in) and
/// one of another patient; for a clinic's record, one of the clinic.
/// </summary>
public sealed class DemoRecords
{
    private readonly Dictionary<string, (string Own, string? Other)> _ids;

    private DemoRecords(Guid clinicId, Guid ownPatientId, Dictionary<string, (string, string?)> ids)
    {
        ClinicId = clinicId;
        OwnPatientId = ownPatientId;
        _ids = ids;
    }

    public Guid ClinicId { get; }

    public Guid OwnPatientId { get; }

    /// <summary>Kinds whose records belong to one patient: checked as own, another patient's, another clinic's.</summary>
    public static readonly IReadOnlySet<string> PatientKinds = new HashSet<string> { "patient", "appointment", "episode", "plan", "form", "check", "observation" };

    /// <summary>Kinds whose records belong to the clinic: checked as this clinic's and another clinic's.</summary>
    public static readonly IReadOnlySet<string> ClinicKinds = new HashSet<string> { "inquiry", "article", "slug", "outbox", "location", "organization", "practitioner", "topic" };

    public static bool IsKnownKind(string kind) => PatientKinds.Contains(kind) || ClinicKinds.Contains(kind);

    /// <summary>The id of a record of <paramref name="kind"/>: the own patient's (or the clinic's), or another patient's.</summary>
    public string IdOf(string kind, bool otherPatient)
    {
        if (!_ids.TryGetValue(kind, out var ids))
        {
            throw new InvalidOperationException($"No record of kind '{kind}' in the demo clinic.");
        }

        return otherPatient ? ids.Other ?? throw new InvalidOperationException($"No record of kind '{kind}' of another patient.") : ids.Own;
    }

    public static async Task<DemoRecords> LoadAsync(SecurityApp app)
    {
        var ownPatientId = await app.QueryAsync(db => db.Users.Where(u => u.Email == SecurityApp.OwnPatientEmail).Select(u => u.PatientId!.Value).SingleAsync());
        await AddCheckAsync(app, ownPatientId, own: true);
        await AddCheckAsync(app, ownPatientId, own: false);
        await ScheduleFormsAsync(app, ownPatientId);
        return await app.QueryAsync(async db =>
        {
            var clinicId = await db.Patients.IgnoreQueryFilters().Where(p => p.Id == ownPatientId).Select(p => p.ClinicId).SingleAsync();
            var ids = new Dictionary<string, (string, string?)>();
            // "Another patient" is, for every kind, one outside the demo therapist's care team (decision
            // 0040: someone else treats them), so the practitioner's answer is the same in every run.
            var therapist = await db.Staff.IgnoreQueryFilters().Where(s => s.Email == SecurityApp.DemoEmailFor(Web.Platform.Tenancy.Roles.Practitioner)).Select(s => s.Id).SingleAsync();
            var treated = await db.Appointments.IgnoreQueryFilters().Where(a => a.ClinicId == clinicId).Select(a => new { a.PatientId, a.PractitionerId })
                .Union(db.SessionNotes.IgnoreQueryFilters().Where(n => n.ClinicId == clinicId).Select(n => new { n.PatientId, n.PractitionerId })).ToListAsync();
            var othersOnly = treated.GroupBy(t => t.PatientId).Where(g => g.All(t => t.PractitionerId != therapist)).Select(g => g.Key).ToHashSet();

            async Task Patient<T>(string kind, IQueryable<T> rows, Func<T, Guid> id, Func<T, Guid> owner)
            {
                var all = await rows.ToListAsync();
                var own = all.Where(r => owner(r) == ownPatientId).Select(id).FirstOrDefault();
                var other = all.Where(r => owner(r) != ownPatientId).OrderByDescending(r => othersOnly.Contains(owner(r))).ThenBy(r => id(r)).Select(id).FirstOrDefault();
                Assert.True(own != Guid.Empty, $"The demo patient has no {kind}.");
                ids[kind] = (own.ToString(), other == Guid.Empty ? null : other.ToString());
            }

            await Patient("patient", db.Patients.IgnoreQueryFilters().Where(p => p.ClinicId == clinicId), p => p.Id, p => p.Id);
            // A booked one where there is one: cancelling and rescheduling are offered only for those.
            await Patient("appointment", db.Appointments.IgnoreQueryFilters().Where(p => p.ClinicId == clinicId).OrderBy(p => p.Status != Web.Features.Appointments.AppointmentStatus.Booked), p => p.Id, p => p.PatientId);
            await Patient("episode", db.Episodes.IgnoreQueryFilters().Where(p => p.ClinicId == clinicId), p => p.Id, p => p.PatientId);
            await Patient("plan", db.PlanVersions.IgnoreQueryFilters().Where(p => p.ClinicId == clinicId && p.Status == PlanStatus.Approved), p => p.Id, p => p.PatientId);
            await Patient("form", db.Set<ScheduledForm>().IgnoreQueryFilters().Where(p => p.ClinicId == clinicId), p => p.Id, p => p.PatientId);
            await Patient("check", db.Set<PostSessionCheck>().IgnoreQueryFilters().Where(p => p.ClinicId == clinicId), p => p.Id, p => p.PatientId);
            await Patient("observation", db.QuestionnaireResponses.IgnoreQueryFilters().Where(p => p.ClinicId == clinicId && p.Score != null), p => p.Id, p => p.PatientId);

            async Task Clinic(string kind, IQueryable<string> values)
            {
                var value = await values.FirstOrDefaultAsync();
                Assert.True(value is not null, $"The demo clinic has no {kind}.");
                ids[kind] = (value, null);
            }

            await Clinic("inquiry", db.Set<Inquiry>().IgnoreQueryFilters().Where(i => i.ClinicId == clinicId).OrderBy(i => i.Id).Select(i => i.Id.ToString()));
            await Clinic("article", db.Articles.IgnoreQueryFilters().Where(a => a.ClinicId == clinicId).OrderBy(a => a.Id).Select(a => a.Id.ToString()));
            await Clinic("slug", db.Articles.IgnoreQueryFilters().Where(a => a.ClinicId == clinicId && a.Status == ArticleStatus.Published).OrderBy(a => a.Id).Select(a => a.Slug));
            await Clinic("outbox", db.Outbox.IgnoreQueryFilters().Where(o => o.ClinicId == clinicId).OrderBy(o => o.Id).Select(o => o.Id.ToString()));
            await Clinic("location", db.Locations.IgnoreQueryFilters().Where(l => l.ClinicId == clinicId).OrderBy(l => l.Id).Select(l => l.Id.ToString()));
            await Clinic("organization", db.Clinics.IgnoreQueryFilters().Where(c => c.Id == clinicId).Select(c => c.Id.ToString()));
            await Clinic("practitioner", db.Staff.IgnoreQueryFilters().Where(s => s.ClinicId == clinicId && s.Role == Web.Platform.Tenancy.Roles.Practitioner).OrderBy(s => s.Id).Select(s => s.Id.ToString()));

            var plan = await db.PlanVersions.IgnoreQueryFilters().Where(p => p.PatientId == ownPatientId && p.Status == PlanStatus.Approved).OrderByDescending(p => p.Number).FirstAsync();
            ids["topic"] = (HomeExercises.Topics(plan).First().Topic!, null);
            return new DemoRecords(clinicId, ownPatientId, ids);
        });
    }

    /// <summary>The questionnaires due in the open episodes, as the portal schedules them when a patient looks.</summary>
    private static async Task ScheduleFormsAsync(SecurityApp app, Guid ownPatientId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var clinicId = await scope.ServiceProvider.GetRequiredService<BackPlanDb>().Patients.IgnoreQueryFilters().Where(p => p.Id == ownPatientId).Select(p => p.ClinicId).SingleAsync();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActForClinic(clinicId);
        await scope.ServiceProvider.GetRequiredService<FormScheduler>().SyncAllAsync();
    }

    /// <summary>The demo has no post-session check, inquiry or email yet: one each, as the app would make them.</summary>
    private static Task<int> AddCheckAsync(SecurityApp app, Guid ownPatientId, bool own) => app.QueryAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var appointment = await db.Appointments.IgnoreQueryFilters()
            .Where(a => (a.PatientId == ownPatientId) == own && a.StartUtc < now)
            .Where(a => !db.Set<PostSessionCheck>().IgnoreQueryFilters().Any(c => c.AppointmentId == a.Id))
            .Where(a => db.Episodes.IgnoreQueryFilters().Any(e => e.PatientId == a.PatientId))
            .OrderBy(a => a.Id).FirstAsync();
        db.Add(new PostSessionCheck
        {
            ClinicId = appointment.ClinicId, PatientId = appointment.PatientId, AppointmentId = appointment.Id, PractitionerId = appointment.PractitionerId,
            SessionStartUtc = appointment.StartUtc, CreatedAt = now, ExpiresAt = now.AddDays(3), TokenHash = Guid.NewGuid().ToString("N"),
        });
        if (own)
        {
            db.Add(new Inquiry
            {
                ClinicId = appointment.ClinicId, Name = "Ina Quiry", Email = "ina@example.com", Description = "Low back pain for a week.", Language = "en",
                ContactConsentAt = now, CreatedAt = now, UpdatedAt = now,
            });
            db.Add(new Web.Platform.Email.OutboxMessage
            {
                ClinicId = appointment.ClinicId, Kind = "test", To = "ina@example.com", Subject = "Hello", TextBody = "Hello.", CreatedAt = now, SendAfter = now.AddDays(30),
            });
        }

        return await db.SaveChangesAsync();
    });
}
