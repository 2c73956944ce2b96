using System.Globalization;
using BackPlan.Clinical.Sessions;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Alerts;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.AfterSessions;

/// <summary>
/// Finds a post-session check (by the emailed secret, or the signed-in patient's own) and records
/// the answers once; strong soreness or anything unexpected alerts the practitioner
/// (<see cref="PostSessionCheckRule"/>).
/// </summary>
public sealed class PostSessionRecorder(BackPlanDb db, CurrentUser user, StaffAlerts alerts, TimeProvider time)
{
    /// <summary>The check the link opens, or null. The link is the credential: the request then acts for that check's clinic.</summary>
    public async Task<PostSessionCheck?> FindByTokenAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = SecretToken.Hash(token);
        var check = await db.Set<PostSessionCheck>().IgnoreQueryFilters().FirstOrDefaultAsync(c => c.TokenHash == hash, ct);
        if (check is not null)
        {
            user.ActForClinic(check.ClinicId);
        }

        return check;
    }

    /// <summary>The signed-in patient's check (the query filter hides everyone else's).</summary>
    public Task<PostSessionCheck?> FindOwnAsync(Guid id, CancellationToken ct = default) =>
        db.Set<PostSessionCheck>().FirstOrDefaultAsync(c => c.Id == id, ct);

    public bool IsOpen(PostSessionCheck check) => check.IsOpen(time.GetUtcNow().UtcDateTime);

    /// <summary>Saves the answers; returns the field errors (none when saved).</summary>
    public async Task<Dictionary<string, string[]>> SubmitAsync(PostSessionCheck check, PostSessionAnswers answers, CancellationToken ct = default)
    {
        var errors = answers.Validate();
        if (errors.Count > 0 || !IsOpen(check))
        {
            return errors;
        }

        var soreness = answers.Soreness!.Value;
        var unexpected = string.IsNullOrWhiteSpace(answers.Unexpected) ? null : answers.Unexpected.Trim();
        check.Soreness = soreness;
        check.Unexpected = unexpected;
        check.Settled = answers.Settled;
        check.CompletedAt = time.GetUtcNow().UtcDateTime;

        var link = $"/patients/{check.PatientId}/adverse-events/new?check={check.Id}";
        if (PostSessionCheckRule.SorenessAlerts(soreness))
        {
            await alerts.RaiseAsync(new AlertRequest(check.ClinicId, check.PatientId, AlertKinds.Soreness, AlertSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"Soreness {soreness}/10 after the session; settled: {check.Settled}"), link, StaffMemberId: check.PractitionerId), ct);
        }

        if (PostSessionCheckRule.ReportsUnexpected(unexpected))
        {
            await alerts.RaiseAsync(new AlertRequest(check.ClinicId, check.PatientId, AlertKinds.AdverseEvent, AlertSeverity.Warning,
                unexpected, link, StaffMemberId: check.PractitionerId), ct);
        }

        await db.SaveChangesAsync(ct);
        return errors;
    }
}
