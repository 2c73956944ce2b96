using BackPlan.Web.Data;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Disclosures;

/// <summary>A disclosure as the patient and staff see it (<c>GET /api/v1/me/disclosures</c>, UTC instants).</summary>
public sealed record DisclosureDto(DateTime At, string Kind, string Recipient, string What, string Purpose, string By, string? ByRole);

/// <summary>
/// Records and lists disclosures (decision 0041). Every way patient data leaves the clinic calls
/// <c>RecordAsync</c> once, with every patient whose data went, in the caller's clinic and
/// as the signed-in user.
/// </summary>
public sealed class Disclosures(BackPlanDb db, CurrentUser user, TimeProvider time)
{
    /// <summary>
    /// Writes one <see cref="Disclosure"/> per patient and saves, as the signed-in user.
    /// </summary>
    public async Task RecordAsync(IEnumerable<Guid> patientIds, string kind, string recipient, string what, string purpose, CancellationToken ct = default)
    {
        if (user.ClinicId is not { } clinicId)
        {
            throw new InvalidOperationException("A disclosure is recorded for a signed-in user's clinic (or one the system acts for).");
        }

        db.Set<Disclosure>().AddRange(Rows(patientIds, clinicId, time.GetUtcNow().UtcDateTime, kind, recipient, what, purpose, user.UserId, user.UserName ?? "system", user.Role));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// One row per patient (duplicates dropped), for a caller that saves them in its own transaction
    /// and names who disclosed itself, as the bulk export's background job does for the admin who asked.
    /// </summary>
    public static IEnumerable<Disclosure> Rows(IEnumerable<Guid> patientIds, Guid clinicId, DateTime at, string kind, string recipient, string what, string purpose,
        string? byUserId, string byName, string? byRole) =>
        patientIds.Distinct().Select(id => new Disclosure
        {
            ClinicId = clinicId,
            PatientId = id,
            At = at,
            Kind = kind,
            Recipient = Cut(recipient),
            What = Cut(what),
            Purpose = Cut(purpose),
            ByUserId = byUserId,
            ByName = byName,
            ByRole = byRole,
        });

    public Task RecordAsync(Guid patientId, string kind, string recipient, string what, string purpose, CancellationToken ct = default) =>
        RecordAsync([patientId], kind, recipient, what, purpose, ct);

    /// <summary>
    /// For pages that produce a disclosure each time they are shown (a letter, a printable copy):
    /// records it unless this user recorded the same one for the patient in the last 24 hours, so
    /// reloading the page does not fill the patient's list.
    /// </summary>
    public async Task RecordOnceADayAsync(Guid patientId, string kind, string recipient, string what, string purpose, CancellationToken ct = default)
    {
        var since = time.GetUtcNow().UtcDateTime.AddDays(-1);
        var what300 = Cut(what);
        if (!await db.Set<Disclosure>().AnyAsync(d => d.PatientId == patientId && d.Kind == kind && d.ByUserId == user.UserId && d.What == what300 && d.At > since, ct))
        {
            await RecordAsync(patientId, kind, recipient, what, purpose, ct);
        }
    }

    /// <summary>The patient's disclosures, newest first (query filters: a patient sees only their own).</summary>
    public async Task<IReadOnlyList<DisclosureDto>> OfPatientAsync(Guid patientId, CancellationToken ct = default) =>
        await db.Set<Disclosure>().AsNoTracking().Where(d => d.PatientId == patientId).OrderByDescending(d => d.At).ThenByDescending(d => d.Id)
            .Select(d => new DisclosureDto(d.At, d.Kind, d.Recipient, d.What, d.Purpose, d.ByName, d.ByRole)).ToListAsync(ct);

    private static string Cut(string text) => text.Length > 300 ? text[..300] : text;
}
