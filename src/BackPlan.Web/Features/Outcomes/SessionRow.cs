using BackPlan.Web.Features.Appointments;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>An appointment of the episode, as the outcome record needs it.</summary>
public sealed record SessionRow(Guid PractitionerId, Guid? LocationId, AppointmentStatus Status);
