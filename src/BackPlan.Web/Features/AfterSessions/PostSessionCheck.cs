using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.AfterSessions;

/// <summary>
/// The patient's short check after a session: soreness or increased sensitivity 0–10, anything
/// unexpected, and whether it has settled. One per appointment; opened by an emailed link (a
/// secret whose hash is kept here, single use, expiring) or from the portal.
/// </summary>
public sealed class PostSessionCheck : IPatientOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    /// <summary>Unique: the scheduler never asks twice about one session.</summary>
    public Guid AppointmentId { get; set; }

    public Guid PractitionerId { get; set; }

    public DateTime SessionStartUtc { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    /// <summary>SHA-256 of the emailed link's secret.</summary>
    public required string TokenHash { get; set; }

    public DateTime? CompletedAt { get; set; }

    public int? Soreness { get; set; }

    public string? Unexpected { get; set; }

    /// <summary>One of <see cref="SettledAnswers.All"/>.</summary>
    public string? Settled { get; set; }

    public bool IsOpen(DateTime now) => CompletedAt is null && ExpiresAt > now;
}

/// <summary>"Has it settled?": yes, no or partly (pages show <c>settled.{answer}</c>).</summary>
public static class SettledAnswers
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string Partly = "partly";

    public static readonly IReadOnlyList<string> All = [Yes, Partly, No];
}
