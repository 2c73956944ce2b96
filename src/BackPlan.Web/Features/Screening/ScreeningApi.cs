using BackPlan.Clinical.Screening;
using BackPlan.Web.Platform.Auditing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackPlan.Web.Features.Screening;

public static class ScreeningApi
{
    public static void MapScreeningApi(this IEndpointRouteBuilder app)
    {
        // Public and stateless: the self-screening page and other tools call it; nothing is stored.
        app.MapPost("/api/v1/screening/evaluate", Evaluate)
            .AllowAnonymous()
            .HasNoPatientData()
            .WithTags("Screening")
            .WithSummary("Red flags and contraindications → urgency, the rules that fired and why, treatment limits. Stores nothing.");
    }

    private static Results<Ok<ScreeningResult>, ValidationProblem> Evaluate(ScreeningInput input)
    {
        var evaluated = Screener.Evaluate(input);
        return evaluated.Result is { } result ? TypedResults.Ok(result) : TypedResults.ValidationProblem(evaluated.Errors);
    }
}
