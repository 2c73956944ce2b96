namespace BackPlan.Web.Features.Appointments;

/// <summary>The English field messages of booking (the API sends them; pages translate them through the resources).</summary>
public static class BookingMessages
{
    public const string PatientMissing = "Give the patient's id.";
    public const string PractitionerMissing = "Give the practitioner's id.";
    public const string TypeMissing = "Give the appointment type's code (e.g. treatment-45) or id.";
    public const string StartFormat = "Give the start as ISO 8601 with an offset, e.g. 2026-03-30T10:00:00+02:00.";
    public const string StartOffGrid = "Appointments start on a quarter hour (:00, :15, :30 or :45).";
    public const string StartPast = "The start is in the past.";
    public const string NoPatient = "There is no such patient in this clinic.";
    public const string NoPractitioner = "There is no such practitioner in this clinic.";
    public const string NoType = "There is no such appointment type in this clinic.";
    public const string NoRoom = "There is no such room in this clinic.";
    public const string RoomElsewhere = "The room is at another location than the one the practitioner works at then.";
    public const string CancelReason = "Give a reason for the cancellation (at most 500 characters).";
    public const string ChooseDateAndTime = "Choose a date and a time.";

    public static readonly IReadOnlyList<string> All =
    [
        PatientMissing, PractitionerMissing, TypeMissing, StartFormat, StartOffGrid, StartPast, NoPatient,
        NoPractitioner, NoType, NoRoom, RoomElsewhere, CancelReason, ChooseDateAndTime,
    ];

    // The stable codes of refusals (ProblemDetails code): defined once here, compared by callers
    // (e.g. the waitlist's offer acceptance) through these constants.
    public const string SlotTaken = "slot-taken";
    public const string LicenceExpired = "licence-expired";
    public const string ScreeningBlocks = "screening-blocks";
    public const string OutsideWorkingHours = "outside-working-hours";
    public const string TimeOff = "time-off";
    public const string PatientBooksForSelf = "patient-books-for-self";
    public const string NotBooked = "not-booked";
    public const string NoticeTooShort = "notice-too-short";
    public const string LocationClosed = "location-closed";

    /// <summary>The stable codes of refusals (ProblemDetails <c>code</c>); pages show "booking.{code}".</summary>
    public static readonly IReadOnlyList<string> RefusalCodes =
        [SlotTaken, LicenceExpired, ScreeningBlocks, OutsideWorkingHours, TimeOff, PatientBooksForSelf, NotBooked, NoticeTooShort, LocationClosed];
}
