using BackPlan.Clinical.Content;
using BackPlan.Clinical.Plans;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.Portal;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.HomeProgram;

/// <summary>
/// A home exercise of the program in force and what the patient logged of it today:
/// <see cref="State"/> is <c>done</c>, <c>not_done</c> (logged, not done) or <c>not_logged</c>.
/// </summary>
public sealed record MyExerciseDto(string Code, string Name, Dosage? Dosage, string State, int? Difficulty, int? Pain, bool MadeWorse, string? Comment);

/// <summary>An education topic of the program, and whether the patient has read it.</summary>
public sealed record MyTopicDto(string Code, string Title, bool Read);

/// <summary>Home exercise adherence in percent over the last 7 and 28 days (null while nothing was prescribed).</summary>
public sealed record MyAdherenceDto(decimal? Week, decimal? FourWeeks);

/// <summary>
/// Today's home program: the clinic's local <see cref="Date"/>, the approved version in force (null
/// when there is none yet, with empty lists), its exercises with today's state and its topics.
/// </summary>
public sealed record MyProgramDto(DateOnly Date, Guid? PlanVersionId, DateTime? ApprovedAt, IReadOnlyList<MyExerciseDto> Exercises, IReadOnlyList<MyTopicDto> Topics, MyAdherenceDto? Adherence);

/// <summary><c>GET /api/v1/me/program</c>: the signed-in patient's "today" page as JSON, in the request's language. Staff get 403.</summary>
public static class MyProgramApi
{
    public const string Done = "done";
    public const string NotDone = "not_done";
    public const string NotLogged = "not_logged";

    public static void MapMyProgramApi(this IEndpointRouteBuilder app) =>
        app.MapMine("program", Get, "patient.program")
            .WithSummary("Your home program today: each exercise with its dosage and what you logged today (done, not_done, not_logged), your education topics and whether you read them, and your adherence.");

    private static async Task<MyProgramDto> Get(HomeExercises home, ClinicClock clock, CurrentUser user, CancellationToken ct)
    {
        var patientId = user.PatientId ?? Guid.Empty;
        var today = await clock.TodayAsync(ct);
        if (await home.CurrentProgramAsync(patientId, ct) is not { } plan)
        {
            return new(today, null, null, [], [], null);
        }

        var language = UiLanguage.Current;
        var logs = (await home.LogsOfDayAsync(patientId, today, ct)).ToDictionary(l => l.Exercise);
        var read = (await home.TopicsReadAsync(patientId, ct)).ToHashSet();
        var adherence = await home.AdherenceAsync(patientId, ct);
        var exercises = HomeExercises.Exercises(plan).Select(e =>
        {
            var log = logs.GetValueOrDefault(e.Exercise!);
            var state = log is null ? NotLogged : log.Done ? Done : NotDone;
            var name = ExerciseLibrary.Find(e.Exercise, language)?.Name ?? e.Exercise!;
            return new MyExerciseDto(e.Exercise!, name, HomeExercises.DosageOf(e), state, log?.Difficulty, log?.Pain, log?.MadeWorse ?? false, log?.Comment);
        });
        var topics = HomeExercises.Topics(plan).Select(e => TopicLibrary.Find(e.Topic, language)).OfType<Topic>()
            .Select(t => new MyTopicDto(t.Code, t.Title, read.Contains(t.Code)));
        return new(today, plan.Id, plan.ApprovedAt, [.. exercises], [.. topics], new(adherence.Week.Percent, adherence.FourWeeks.Percent));
    }
}
