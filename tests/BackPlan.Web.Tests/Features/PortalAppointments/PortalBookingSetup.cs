using BackPlan.Clinical.Plans;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Tests.Features.Appointments;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackPlan.Web.Tests.Features.PortalAppointments;

/// <summary>Stored records for the portal booking tests: a plan with a schedule and appointments, written straight to the database.</summary>
internal static class PortalBookingSetup
{
    /// <summary>An active episode whose approved plan has <paramref name="schedule"/>, approved 3 days ago, and the patient's email for confirmations.</summary>
    public static Task<Guid> PlanAsync(BookingClinic b, PlanSchedule schedule, Guid? patientId = null) => b.QueryAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var patient = await db.Patients.SingleAsync(p => p.Id == (patientId ?? b.Clinic.PatientId));
        patient.Email = $"pat-{b.Clinic.Tag}@example.com";
        var episode = new Episode
        {
            PatientId = patient.Id,
            OnsetDate = DateOnly.FromDateTime(now).AddDays(-40),
            StartedOn = DateOnly.FromDateTime(now).AddDays(-3),
            Status = EpisodeStatus.Active,
            CreatedAt = now.AddDays(-3),
            CreatedBy = "test",
        };
        db.Episodes.Add(episode);
        db.PlanVersions.Add(new PlanVersion
        {
            PatientId = patient.Id,
            EpisodeId = episode.Id,
            Number = 1,
            Status = PlanStatus.Approved,
            Schedule = schedule,
            Origin = "test",
            CreatedAt = now.AddDays(-3),
            CreatedBy = "test",
            ApprovedAt = now.AddDays(-3),
            ApprovedBy = "test",
        });
        await db.SaveChangesAsync();
        return episode.Id;
    });

    /// <summary>An appointment of the clinic's practitioner starting at <paramref name="startUtc"/> (45 minutes, holding its slots).</summary>
    public static Task<Guid> AppointmentAsync(BookingClinic b, DateTime startUtc, AppointmentStatus status = AppointmentStatus.Booked, Guid? patientId = null) => b.QueryAsync(async db =>
    {
        var type = await db.AppointmentTypes.SingleAsync(t => t.Code == "treatment-45");
        var appointment = new Appointment
        {
            ClinicId = b.Clinic.Id,
            PatientId = patientId ?? b.Clinic.PatientId,
            PractitionerId = b.PractitionerId,
            AppointmentTypeId = type.Id,
            StartUtc = startUtc,
            EndUtc = startUtc.AddMinutes(45),
            Status = status,
            CreatedAt = DateTime.UtcNow,
            CreatedBy = "test",
        };
        appointment.ClaimSlots();
        db.Appointments.Add(appointment);
        await db.SaveChangesAsync();
        return appointment.Id;
    });

    /// <summary>The UTC instant of a Warsaw wall-clock time <paramref name="daysAhead"/> days from today.</summary>
    public static DateTime LocalUtc(int daysAhead, int hour, int minute = 0) =>
        DateTimeOffset.Parse(BookingClinic.LocalStart(daysAhead, hour, minute), System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;

    /// <summary>Days from today (Warsaw) to next Monday, 1 to 7: a week wholly ahead and inside a four-week plan.</summary>
    public static int DaysToNextMonday()
    {
        var today = SystemClock.Instance.GetCurrentInstant().InZone(BookingClinic.Warsaw).Date;
        return 8 - (int)today.DayOfWeek;
    }

    public static Task<Guid> OtherPatientAsync(BookingClinic b) => b.QueryAsync(async db =>
    {
        var other = new PatientInput { GivenName = "Other", FamilyName = b.Clinic.Tag, DateOfBirth = new DateOnly(1970, 1, 1), ConsentToDataProcessing = true }
            .ToPatient("test", DateTime.UtcNow);
        db.Patients.Add(other);
        await db.SaveChangesAsync();
        return other.Id;
    });
}
