using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace BackPlan.Web.Features.Reminders;

/// <summary>
/// iCalendar (RFC 5545) text for appointments, built with Ical.Net: an invitation (METHOD:REQUEST)
/// or its cancellation (METHOD:CANCEL, STATUS:CANCELLED) for one patient's email, and a feed of a
/// practitioner's appointments. Times are written in UTC, so every calendar places them right
/// whatever its own zone and across DST.
/// </summary>
public static class AppointmentCalendar
{
    public const string ContentType = "text/calendar";
    private const string ProductId = "-//BackPlan//Appointments//EN";

    public static string Invitation(CalendarAppointment appointment, string organizerEmail) =>
        Serialize(Single(appointment, organizerEmail, CalendarMethods.Request, cancelled: false));

    public static string Cancellation(CalendarAppointment appointment, string organizerEmail) =>
        Serialize(Single(appointment, organizerEmail, CalendarMethods.Cancel, cancelled: true));

    /// <summary>A subscription feed (METHOD:PUBLISH) of many appointments.</summary>
    public static string Feed(string name, IEnumerable<CalendarAppointment> appointments, DateTime stampUtc)
    {
        var calendar = new Calendar { ProductId = ProductId, Method = CalendarMethods.Publish };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var appointment in appointments)
        {
            calendar.Events.Add(Event(appointment, stampUtc, cancelled: false));
        }

        return Serialize(calendar);
    }

    private static Calendar Single(CalendarAppointment appointment, string organizerEmail, string method, bool cancelled)
    {
        var calendar = new Calendar { ProductId = ProductId, Method = method };
        var e = Event(appointment, appointment.StampUtc, cancelled);
        e.Organizer = new Organizer($"mailto:{organizerEmail}") { CommonName = appointment.Location ?? "BackPlan" };
        calendar.Events.Add(e);
        return calendar;
    }

    private static CalendarEvent Event(CalendarAppointment appointment, DateTime stampUtc, bool cancelled)
    {
        var e = new CalendarEvent
        {
            Uid = appointment.Id.ToString(),
            DtStart = new CalDateTime(DateTime.SpecifyKind(appointment.StartUtc, DateTimeKind.Utc)),
            DtEnd = new CalDateTime(DateTime.SpecifyKind(appointment.EndUtc, DateTimeKind.Utc)),
            DtStamp = new CalDateTime(DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc)),
            Summary = appointment.Summary,
            Location = appointment.Location,
            // Each change must carry a higher sequence than the invitation it replaces (RFC 5546): a
            // move raises it by one, and a cancellation goes one above the latest invitation.
            Sequence = cancelled ? appointment.Sequence + 1 : appointment.Sequence,
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        return e;
    }

    private static string Serialize(Calendar calendar) => new CalendarSerializer().SerializeToString(calendar) ?? "";
}

/// <summary>What a calendar entry shows: no clinical details (see decision 0009).</summary>
/// <remarks><see cref="Sequence"/> is the appointment's: how often it has been moved.</remarks>
public sealed record CalendarAppointment(Guid Id, DateTime StartUtc, DateTime EndUtc, string Summary, string? Location, DateTime StampUtc, int Sequence = 0);
