using System.Text;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Reminders;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.PortalAppointments;

/// <summary>"Add to calendar": one of the patient's own appointments as an .ics file (the same invitation the confirmation email carries).</summary>
public static class PortalCalendarEndpoint
{
    public static void MapPortalAppointmentCalendar(this IEndpointRouteBuilder app) =>
        app.MapGet("/portal/appointments/{id:guid}/calendar.ics", Download)
            .RequireAuthorization(p => p.RequireRole(Roles.Patient))
            .AuditsPatientData("portal.appointment.calendar", "id", RouteIdKind.Appointment);

    private static async Task<IResult> Download(Guid id, BackPlanDb db, BookingEmails emails, CancellationToken ct)
    {
        // The query filter hides other patients' appointments: their ids answer 404.
        var appointment = await db.Appointments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.Status != AppointmentStatus.Cancelled, ct);
        if (appointment is null)
        {
            return TypedResults.NotFound();
        }

        var ics = await emails.InvitationAsync(appointment, ct);
        return TypedResults.File(Encoding.UTF8.GetBytes(ics), AppointmentCalendar.ContentType, "appointment.ics");
    }
}
