using BackPlan.Web.Data;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Platform.Auditing;

/// <summary>Writes audit entries for reads of patient data (changes are caught by <see cref="AuditInterceptor"/>).</summary>
public sealed class AuditLog(BackPlanDb db, CurrentUser user, TimeProvider time)
{
    public async Task RecordAsync(string action, Guid? patientId, string? detail, CancellationToken ct = default)
    {
        if (user.ClinicId is not { } clinicId)
        {
            return;
        }

        db.AuditEntries.Add(Entry(user, clinicId, action, patientId, detail, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
    }

    // No user: a context used outside any scope; the entry names "system".
    internal static AuditEntry Entry(CurrentUser? user, Guid clinicId, string action, Guid? patientId, string? detail, DateTime at) => new()
    {
        ClinicId = clinicId,
        At = at,
        UserId = user?.UserId,
        UserName = user?.UserName ?? (user?.IsVisitor == true ? "visitor" : "system"),
        Role = user?.Role,
        PatientId = patientId,
        Action = action,
        ClientIp = user?.ClientIp,
        Detail = detail is { Length: > 500 } ? detail[..500] : detail,
    };
}
