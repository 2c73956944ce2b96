using BackPlan.Clinical.Content;
using Hl7.Fhir.Model;
using EpisodeStatus = BackPlan.Web.Features.Episodes.EpisodeStatus;

namespace BackPlan.Web.Features.Fhir;

/// <summary>A baseline PSFS response with its episode's status: the patient's own goals of that episode.</summary>
public sealed class PsfsGoals
{
    public required Questionnaires.QuestionnaireResponse Response { get; init; }

    public EpisodeStatus Episode { get; init; }
}

/// <summary>
/// The patient's own goals as FHIR R4 Goals: each activity the patient named in the episode's
/// baseline PSFS (id <c>{response id}.{item code}</c>), expressed by the patient, with the rating
/// they gave it then: active while the episode is open, completed at discharge, cancelled when
/// the patient was referred on.
/// </summary>
public static class GoalResource
{
    /// <summary>BackPlan's code system for the everyday activities a goal names (lifting, sitting, …).</summary>
    public const string ActivitySystem = "urn:backplan:activity";

    public static readonly IReadOnlyDictionary<EpisodeStatus, Goal.GoalLifecycleStatus> Statuses = new Dictionary<EpisodeStatus, Goal.GoalLifecycleStatus>
    {
        [EpisodeStatus.Assessing] = Goal.GoalLifecycleStatus.Active,
        [EpisodeStatus.Active] = Goal.GoalLifecycleStatus.Active,
        [EpisodeStatus.Discharged] = Goal.GoalLifecycleStatus.Completed,
        [EpisodeStatus.Referred] = Goal.GoalLifecycleStatus.Cancelled,
    };

    public static IEnumerable<Resource> From(PsfsGoals goals)
    {
        var response = goals.Response;
        foreach (var (item, label) in response.Labels.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var description = new CodeableConcept { Text = label };
            description.Coding.AddRange(GoalActivities.Match(label).Select(a => new Coding(ActivitySystem, a)));
            var goal = new Goal
            {
                Id = $"{response.Id}.{item}",
                LifecycleStatus = Statuses[goals.Episode],
                Description = description,
                Subject = new ResourceReference($"Patient/{response.PatientId}"),
                ExpressedBy = new ResourceReference($"Patient/{response.PatientId}"),
                Start = new Date(response.RecordedAt.Year, response.RecordedAt.Month, response.RecordedAt.Day),
                StatusDate = FhirTime.Text(response.RecordedAt)[..10],
            };
            if (response.Answers.GetValueOrDefault(item) is Clinical.Answer.Number rating)
            {
                goal.Note.Add(new Annotation { Text = $"Patient-Specific Functional Scale at baseline: {rating.Value}/10 (10 = able to do it as before the problem)." });
            }

            yield return goal;
        }
    }
}
