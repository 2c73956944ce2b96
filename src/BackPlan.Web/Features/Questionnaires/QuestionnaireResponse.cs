using BackPlan.Clinical;
using BackPlan.Clinical.Scoring;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Questionnaires;

/// <summary>When in the episode a questionnaire was answered.</summary>
public static class TimePoints
{
    public const string Baseline = "baseline";
    public const string PreSession = "pre_session";
    public const string Review = "review";
    public const string Discharge = "discharge";

    public static IReadOnlyList<string> All { get; } = [Baseline, PreSession, Review, Discharge];
}

/// <summary>One answered instrument, with the score the clinical core computed on submit.</summary>
public sealed class QuestionnaireResponse : IPatientOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    Guid IPatientOwned.OwnerPatientId => PatientId;

    public Guid EpisodeId { get; set; }

    public required string Instrument { get; set; }

    public required string TimePoint { get; set; }

    public Dictionary<string, Answer?> Answers { get; set; } = [];

    /// <summary>PSFS activity names, by item code.</summary>
    public Dictionary<string, string> Labels { get; set; } = [];

    public required ScoreResult Result { get; set; }

    /// <summary>Copied from <see cref="Result"/> so progress queries need not read the JSON.</summary>
    public decimal? Score { get; set; }

    public DateTime RecordedAt { get; set; }

    public required string RecordedBy { get; set; }

    /// <summary>Filled in by the patient in the portal, not by staff.</summary>
    public bool ByPatient { get; set; }

    public static QuestionnaireResponse From(ScoreResult result, InstrumentResponse response, Guid patientId, Guid episodeId, string timePoint, string recordedBy, DateTime at) => new()
    {
        PatientId = patientId,
        EpisodeId = episodeId,
        Instrument = result.Instrument,
        TimePoint = timePoint,
        Answers = response.Answers.ToDictionary(a => a.Key, a => a.Value),
        Labels = response.Labels?.ToDictionary(l => l.Key, l => l.Value) ?? [],
        Result = result,
        Score = result.Score,
        RecordedAt = at,
        RecordedBy = recordedBy,
    };
}
