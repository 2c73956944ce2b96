using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Audit;

/// <summary>
/// One read or change of a patient's record as the patient sees it: when, who (name and role), read
/// or change, and which part; <c>Emergency</c> marks a practitioner outside the care team opening
/// the record in an emergency (decision 0040).
/// </summary>
public sealed record AccessLogEntryDto(DateTime At, string Who, string? Role, string Kind, string Area, string Action, bool Emergency);

/// <summary>A page of the patient's access log, newest first.</summary>
public sealed record AccessLogPageDto(int Page, int PageSize, int Total, IReadOnlyList<AccessLogEntryDto> Entries);

/// <summary>
/// Who read or changed a patient's record and when, from the audit log (decision 0027): every entry
/// that names the patient, except the patient's own use of the portal. The audit rows are the
/// clinic's; this is the one place that shows them to the patient they are about.
/// </summary>
public sealed class PatientAccessLog(BackPlanDb db)
{
    public const int PageSize = 100;
    public const string Read = "read";
    public const string Change = "change";

    /// <summary>The parts of a record, in the order a page lists them.</summary>
    public static IReadOnlyList<string> Areas { get; } = ["details", "appointments", "assessment", "plan", "sessions", "home-program", "progress", "messages"];

    public async Task<AccessLogPageDto> PageAsync(Guid patientId, string? ownUserId, int page, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        // EF keeps C#'s null semantics: rows without a user (system work) stay in, as they should.
        var entries = db.AuditEntries.AsNoTracking().Where(e => e.PatientId == patientId && (ownUserId == null || e.UserId != ownUserId));
        var total = await entries.CountAsync(ct);
        var rows = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(e => new { e.At, e.UserName, e.Role, e.Action }).ToListAsync(ct);
        return new(page, PageSize, total, [.. rows.Select(r => new AccessLogEntryDto(
            DateTime.SpecifyKind(r.At, DateTimeKind.Utc), r.UserName, r.Role, KindOf(r.Action), AreaOf(r.Action), r.Action,
            r.Action == EmergencyAccess.EmergencyAccessRules.AuditAction))]);
    }

    /// <summary>Changes are the audit interceptor's <c>Entity.added|modified|deleted</c> (<c>created</c> in older entries); every other action is a read.</summary>
    public static string KindOf(string action) =>
        action.EndsWith(".added", StringComparison.Ordinal) || action.EndsWith(".created", StringComparison.Ordinal) || action.EndsWith(".modified", StringComparison.Ordinal) || action.EndsWith(".deleted", StringComparison.Ordinal)
            ? Change
            : Read;

    /// <summary>
    /// The part of the record an action touched, by the words in its name (read actions such as
    /// <c>appointment.read</c>, changes such as <c>SessionNote.modified</c>); the first match wins,
    /// so <c>patient.program</c> is the home program, not the patient's details.
    /// </summary>
    public static string AreaOf(string action)
    {
        var name = action.ToLowerInvariant();
        foreach (var (area, words) in Words)
        {
            if (words.Any(w => name.Contains(w, StringComparison.Ordinal)))
            {
                return area;
            }
        }

        return "details";
    }

    private static readonly (string Area, string[] Words)[] Words =
    [
        ("home-program", ["exercise", "today", "topic", "program"]),
        ("progress", ["progress", "outcome"]),
        ("appointments", ["appointment", "calendar", "book", "waitlist", "slot"]),
        ("sessions", ["session", "adverse", "flare", "alert"]),
        ("plan", ["plan", "review", "referral"]),
        ("assessment", ["episode", "examination", "form", "questionnaire", "screening", "intake", "inquiry"]),
        ("messages", ["outbox", "mail"]),
    ];
}
