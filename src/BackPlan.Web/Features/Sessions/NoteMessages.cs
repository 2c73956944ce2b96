namespace BackPlan.Web.Features.Sessions;

/// <summary>The English messages of session notes and attendance (API answers; pages translate them through the resources).</summary>
public static class NoteMessages
{
    public const string ChooseTechnique = "Choose a technique.";
    public const string ChooseRegion = "Choose a region.";
    public const string ChooseSide = "Choose left, right or both.";
    public const string Minutes = "Enter the minutes, a whole number from 1 to 180.";
    public const string Pressure = "Choose a pressure from 1 (lightest) to 5 (firmest).";
    public const string ChooseResponse = "Choose better, same or worse.";
    public const string ResponseNoteTooLong = "Use at most 300 characters.";
    public const string ChoosePlanElement = "Choose an element of the approved program.";
    public const string TextTooLong = "Use at most 4000 characters.";
    public const string TooManyRows = "A note holds at most 30 rows: remove one first.";
    public const string AddendumText = "Write the addendum (1 to 2000 characters).";
    public const string AttendanceStatus = "Give the status: attended or noShow.";

    public static IReadOnlyList<string> All { get; } =
    [
        ChooseTechnique, ChooseRegion, ChooseSide, Minutes, Pressure, ChooseResponse, ResponseNoteTooLong, ChoosePlanElement,
        TextTooLong, TooManyRows, AddendumText, AttendanceStatus,
    ];
}
