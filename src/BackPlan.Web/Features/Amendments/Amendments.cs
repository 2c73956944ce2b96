using BackPlan.Web.Data;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Amendments;

/// <summary>An amendment request as JSON (<c>/api/v1/me/amendments</c>), UTC instants.</summary>
public sealed record AmendmentDto(
    Guid Id, string WhatIsWrong, string ShouldSay, DateTime RequestedAt, string Status,
    DateTime? DecidedAt, string? DecidedBy, string? DecisionNote, string? Disagreement, DateTime? DisagreementAt)
{
    public static AmendmentDto From(AmendmentRequest a) => new(a.Id, a.WhatIsWrong, a.ShouldSay, a.RequestedAt, a.Status.ToString().ToLowerInvariant(),
        a.DecidedAt, a.DecidedBy, a.DecisionNote, a.Disagreement, a.DisagreementAt);
}

/// <summary>The life of an amendment request (decision 0041): asked, accepted or denied, disagreed with.</summary>
public sealed class Amendments(BackPlanDb db, CurrentUser user, TimeProvider time)
{
    /// <summary>The signed-in patient asks for a correction (input validated by the caller).</summary>
    public async Task<AmendmentRequest> RequestAsync(AmendmentInput input, CancellationToken ct = default)
    {
        var request = new AmendmentRequest
        {
            PatientId = user.PatientId ?? throw new InvalidOperationException("Only a patient asks for an amendment of their record."),
            WhatIsWrong = input.WhatIsWrong!.Trim(),
            ShouldSay = input.ShouldSay!.Trim(),
            RequestedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Set<AmendmentRequest>().Add(request);
        await db.SaveChangesAsync(ct);
        return request;
    }

    /// <summary>Staff decide a pending request; false when it is not this clinic's or already decided.</summary>
    public async Task<bool> DecideAsync(Guid id, AmendmentDecisionInput input, CancellationToken ct = default)
    {
        var request = await db.Set<AmendmentRequest>().FirstOrDefaultAsync(a => a.Id == id && a.Status == AmendmentStatus.Pending, ct);
        if (request is null)
        {
            return false;
        }

        request.Status = input.Decision == "accept" ? AmendmentStatus.Accepted : AmendmentStatus.Denied;
        request.DecisionNote = input.Note!.Trim();
        request.DecidedAt = time.GetUtcNow().UtcDateTime;
        request.DecidedBy = user.UserName ?? "unknown";
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The patient answers a denial; false unless it is their denied request without a statement yet.</summary>
    public async Task<bool> DisagreeAsync(Guid id, DisagreementInput input, CancellationToken ct = default)
    {
        var request = await db.Set<AmendmentRequest>().FirstOrDefaultAsync(a => a.Id == id && a.Status == AmendmentStatus.Denied && a.Disagreement == null, ct);
        if (request is null)
        {
            return false;
        }

        request.Disagreement = input.Statement!.Trim();
        request.DisagreementAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>A patient's requests, newest first (a patient sees only their own: query filters).</summary>
    public Task<List<AmendmentRequest>> OfPatientAsync(Guid patientId, CancellationToken ct = default) =>
        db.Set<AmendmentRequest>().AsNoTracking().Where(a => a.PatientId == patientId).OrderByDescending(a => a.RequestedAt).ToListAsync(ct);
}
