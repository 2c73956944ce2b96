using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.HomeProgram;

/// <summary>
/// What the patient did of one home exercise on one local day (the clinic's time zone): done or
/// not, difficulty and pain 0–10, "this made it worse", a comment. One row per exercise per day;
/// a second submit on the same day updates it.
/// </summary>
public sealed class ExerciseLog : IPatientOwned
{
    public const int MaxCommentLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    public Guid EpisodeId { get; set; }

    /// <summary>The approved program version the exercise came from.</summary>
    public Guid PlanVersionId { get; set; }

    /// <summary>Exercise library code.</summary>
    public required string Exercise { get; set; }

    /// <summary>The clinic's local day.</summary>
    public DateOnly Day { get; set; }

    public bool Done { get; set; }

    public int? Difficulty { get; set; }

    public int? Pain { get; set; }

    public bool MadeWorse { get; set; }

    public string? Comment { get; set; }

    public DateTime RecordedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }
}
