using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.CalendarFeeds;

/// <summary>
/// A practitioner's private iCalendar subscription: the secret in the URL is the only credential
/// (calendar apps cannot sign in), so only its hash is kept and a new link replaces the old one.
/// </summary>
public sealed class CalendarFeed : IClinicOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    /// <summary>Unique: one live link per staff member.</summary>
    public Guid StaffMemberId { get; set; }

    public required string TokenHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastReadAt { get; set; }
}
