using BackPlan.Clinical.Plans;
using BackPlan.Web.Platform;
using BackPlan.Web.Platform.Auditing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackPlan.Web.Features.Plans;

public static class PlansApi
{
    public static void MapPlansApi(this IEndpointRouteBuilder app)
    {
        // Staff only, stores nothing: the assessment is in the request, not read from a record.
        app.MapPost("/api/v1/plans/recommend", Recommend)
            .RequireAuthorization(PlatformSetup.StaffPolicy)
            .HasNoPatientData()
            .WithTags("Plans")
            .WithSummary("Assessment → a recommended program (soft tissue with exercise and education), each element with its reason and source. Stores nothing.");
    }

    private static Results<Ok<PlanRecommendation>, ValidationProblem> Recommend(PlanRequest request)
    {
        var recommended = PlanRecommender.Recommend(request);
        return recommended.Result is { } result ? TypedResults.Ok(result) : TypedResults.ValidationProblem(recommended.Errors);
    }
}
