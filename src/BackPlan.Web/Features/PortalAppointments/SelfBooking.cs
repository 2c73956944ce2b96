using BackPlan.Clinical.Plans;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.Staff;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace BackPlan.Web.Features.PortalAppointments;

/// <summary>Why the signed-in patient cannot book a session themselves right now.</summary>
public enum SelfBookingBlock
{
    /// <summary>No approved plan with a schedule, or no visit yet that names their therapist.</summary>
    NoPlan,
    NoSessionType,
    ScreeningBlocks,
    AllSessionsBooked,
    PlanWeeksOver,
}

/// <summary>One local day with its free start times.</summary>
public sealed record FreeDay(LocalDate Date, IReadOnlyList<Instant> Starts);

/// <summary>What the booking page shows: a refusal, or the therapist, session type, allowance and free times in one week.</summary>
public sealed record SelfBookingState(
    SelfBookingBlock? Block,
    PlanSchedule? Schedule,
    StaffMember? Practitioner,
    AppointmentType? Type,
    SessionAllowance? Allowance,
    IReadOnlyList<OpenWeek> Weeks,
    LocalDate? Week,
    IReadOnlyList<FreeDay> Days,
    DateTimeZone Zone)
{
    public static SelfBookingState Blocked(SelfBookingBlock block, DateTimeZone zone, PlanSchedule? schedule = null) =>
        new(block, schedule, null, null, null, [], null, [], zone);
}

/// <summary>
/// Patients booking their own sessions within the approved plan's schedule (decision 0018): only
/// the treatment type of the plan's session length, only with their therapist (the practitioner
/// of their latest visit), only while sessions remain and the week has room
/// (<see cref="SessionAllowances"/>). The free times come from <see cref="Availability"/>, and the
/// booking itself goes through <see cref="AppointmentBooking"/>, so the slot claims decide races
/// and the confirmation email goes out as for staff bookings.
/// </summary>
public sealed class SelfBooking(BackPlanDb db, CurrentUser user, ClinicClock clock, TimeProvider time, AppointmentBooking booking, IOptions<BookingOptions> options)
{
    /// <summary>Refusal codes of <see cref="BookAsync"/> beyond <see cref="SelfBookingBlock"/>; pages show "portal-booking.{code}".</summary>
    public const string WrongType = "wrong-type";
    public const string WeekFull = "week-full";
    public const string OutsideWindow = "outside-window";
    public const string BadStart = "bad-start";

    /// <summary>The codes with a patient-facing text of their own ("portal-booking.{code}"); other refusals use "booking.{code}".</summary>
    public static readonly IReadOnlyList<string> RefusalCodes =
    [
        .. Enum.GetNames<SelfBookingBlock>().Select(KebabCase), WrongType, WeekFull, OutsideWindow, BadStart, BookingMessages.SlotTaken,
    ];

    private Guid PatientId => user.PatientId ?? Guid.Empty;

    public static string RefusalKey(string code) => (RefusalCodes.Contains(code) ? "portal-booking." : "booking.") + code;

    /// <summary>The page's state; <paramref name="week"/> is the Monday to show (else the first open week with free times).</summary>
    public async Task<SelfBookingState> StateAsync(LocalDate? week, CancellationToken ct = default)
    {
        var zone = await clock.ZoneAsync(ct);
        var (block, schedule, practitioner, type, allowance) = await RulesAsync(zone, ct);
        if (block is not null)
        {
            return SelfBookingState.Blocked(block.Value, zone, schedule);
        }

        var weeks = allowance!.OpenWeeks();
        var mondays = weeks.Select(w => LocalDate.FromDateOnly(w.Monday)).ToList();
        LocalDate? shown = null;
        List<FreeDay> days = [];
        if (week is { } asked && mondays.Contains(asked))
        {
            shown = asked;
            days = await FreeDaysAsync(zone, practitioner!, type!, allowance, asked, ct);
        }
        else
        {
            foreach (var monday in mondays)
            {
                days = await FreeDaysAsync(zone, practitioner!, type!, allowance, monday, ct);
                if (days.Count > 0)
                {
                    shown = monday;
                    break;
                }
            }
        }

        return new SelfBookingState(null, schedule, practitioner, type, allowance, weeks, shown, days, zone);
    }

    /// <summary>Books the session starting at <paramref name="start"/> (ISO 8601 with offset) after the plan's checks.</summary>
    public async Task<BookingResult> BookAsync(string? start, string? type, CancellationToken ct = default)
    {
        var zone = await clock.ZoneAsync(ct);
        var (block, _, practitioner, sessionType, allowance) = await RulesAsync(zone, ct);
        if (block is not null)
        {
            return Refused(KebabCase(block.Value.ToString()));
        }

        if (!string.Equals(type?.Trim(), sessionType!.Code, StringComparison.OrdinalIgnoreCase))
        {
            return Refused(WrongType);
        }

        var parsed = OffsetDateTimePattern.ExtendedIso.Parse(start?.Trim() ?? "");
        if (!parsed.Success)
        {
            return Refused(BadStart);
        }

        var day = parsed.Value.ToInstant().InZone(zone).Date.ToDateOnly();
        switch (allowance!.Check(day))
        {
            case AllowanceVerdict.WeekFull:
                return Refused(WeekFull);
            case AllowanceVerdict.OutsideWindow:
                return Refused(OutsideWindow);
            case AllowanceVerdict.NoSessionsLeft:
                return Refused(KebabCase(nameof(SelfBookingBlock.AllSessionsBooked)));
            case AllowanceVerdict.Allowed:
                break;
        }

        return await booking.BookAsync(new BookAppointmentRequest(PatientId, practitioner!.Id, sessionType.Code, start), ct);
    }

    public static string KebabCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static BookingResult Refused(string code) => BookingResult.Refused(StatusCodes.Status422UnprocessableEntity, code, code);

    private async Task<(SelfBookingBlock? Block, PlanSchedule? Schedule, StaffMember? Practitioner, AppointmentType? Type, SessionAllowance? Allowance)> RulesAsync(
        DateTimeZone zone, CancellationToken ct)
    {
        var plans = await db.PlanVersions.AsNoTracking()
            .Where(p => p.PatientId == PatientId && p.ApprovedAt != null && p.Status != PlanStatus.Draft)
            .Select(p => new { p.EpisodeId, p.Status, p.Schedule, p.ApprovedAt }).ToListAsync(ct);
        var current = plans.Where(p => p.Status == PlanStatus.Approved && p.Schedule is not null).OrderByDescending(p => p.ApprovedAt).FirstOrDefault();
        if (current?.Schedule is not { } schedule)
        {
            return (SelfBookingBlock.NoPlan, null, null, null, null);
        }

        // The patient's therapist is whoever they saw or are booked with last.
        var practitionerId = await db.Appointments.AsNoTracking()
            .Where(a => a.PatientId == PatientId && a.Status != AppointmentStatus.Cancelled)
            .OrderByDescending(a => a.StartUtc).Select(a => (Guid?)a.PractitionerId).FirstOrDefaultAsync(ct);
        var practitioner = practitionerId is null ? null
            : await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == practitionerId && s.Role == Roles.Practitioner, ct);
        if (practitioner is null)
        {
            return (SelfBookingBlock.NoPlan, schedule, null, null, null);
        }

        var type = (await db.AppointmentTypes.AsNoTracking()
            .Where(t => t.Active && t.Minutes == schedule.MinutesPerSession).ToListAsync(ct))
            .Where(t => t.Code.StartsWith("treatment", StringComparison.Ordinal)).OrderBy(t => t.Code, StringComparer.Ordinal).FirstOrDefault();
        if (type is null)
        {
            return (SelfBookingBlock.NoSessionType, schedule, practitioner, null, null);
        }

        if (await booking.BlockedByScreeningAsync(PatientId, ct))
        {
            return (SelfBookingBlock.ScreeningBlocks, schedule, practitioner, type, null);
        }

        // Sessions count from the local day the episode's program was first approved.
        var started = plans.Where(p => p.EpisodeId == current.EpisodeId).Min(p => p.ApprovedAt!.Value);
        var fromUtc = zone.AtStartOfDay(Instant.FromDateTimeUtc(DateTime.SpecifyKind(started, DateTimeKind.Utc)).InZone(zone).Date).ToDateTimeUtc();
        var visits = (await db.Appointments.AsNoTracking()
            .Where(a => a.PatientId == PatientId && a.StartUtc >= fromUtc)
            .Select(a => new { a.StartUtc, a.Status }).ToListAsync(ct))
            .Select(a => new PlannedVisit(Instant.FromDateTimeUtc(DateTime.SpecifyKind(a.StartUtc, DateTimeKind.Utc)).InZone(zone).Date.ToDateOnly(), a.Status == AppointmentStatus.Cancelled));
        var allowance = SessionAllowances.For(schedule, visits, await clock.TodayAsync(ct), options.Value.PortalWeeksAhead);
        if (allowance.Remaining <= 0)
        {
            return (SelfBookingBlock.AllSessionsBooked, schedule, practitioner, type, allowance);
        }

        return allowance.OpenWeeks().Count == 0
            ? (SelfBookingBlock.PlanWeeksOver, schedule, practitioner, type, allowance)
            : (null, schedule, practitioner, type, allowance);
    }

    /// <summary>The free starts of the week beginning <paramref name="monday"/>, on the days the allowance still allows.</summary>
    private async Task<List<FreeDay>> FreeDaysAsync(DateTimeZone zone, StaffMember practitioner, AppointmentType type, SessionAllowance allowance, LocalDate monday, CancellationToken ct)
    {
        var first = LocalDate.Max(monday, LocalDate.FromDateOnly(allowance.From));
        var end = LocalDate.Min(monday.PlusWeeks(1), LocalDate.FromDateOnly(allowance.Until));
        if (first >= end)
        {
            return [];
        }

        var from = zone.AtStartOfDay(first).ToInstant();
        var to = zone.AtStartOfDay(end).ToInstant();
        var schedule = await ScheduleReader.ReadAsync(db, zone, practitioner.Id, null, from, to, ct);
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        return Availability.FreeSlots(schedule, Duration.FromMinutes(type.Minutes), from, to, notBefore: now)
            .Select(s => s.Start).Distinct().Order()
            .GroupBy(s => s.InZone(zone).Date)
            .Where(g => allowance.Check(g.Key.ToDateOnly()) == AllowanceVerdict.Allowed)
            .Select(g => new FreeDay(g.Key, [.. g]))
            .ToList();
    }
}
