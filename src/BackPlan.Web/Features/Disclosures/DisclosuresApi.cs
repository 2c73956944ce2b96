using BackPlan.Web.Features.Portal;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Disclosures;

/// <summary><c>GET /api/v1/me/disclosures</c>: to whom the signed-in patient's data was disclosed, newest first. Staff get 403.</summary>
public static class DisclosuresApi
{
    public static void MapDisclosuresApi(this IEndpointRouteBuilder app) =>
        app.MapMine("disclosures", Get, "patient.disclosures")
            .WithSummary("Your data that left the clinic: when, to whom, what, why and by whom (referral letters, your own exports, bulk exports), newest first.");

    private static Task<IReadOnlyList<DisclosureDto>> Get(Disclosures disclosures, CurrentUser user, CancellationToken ct) =>
        disclosures.OfPatientAsync(user.PatientId ?? Guid.Empty, ct);
}
