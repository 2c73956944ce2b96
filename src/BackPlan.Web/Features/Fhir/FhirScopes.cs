using System.Security.Claims;
using System.Text.RegularExpressions;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Fhir;

/// <summary>What a FHIR request needs: reading or writing one resource type.</summary>
public enum FhirAccess
{
    Read,
    Write,
}

/// <summary>Endpoint metadata: the FHIR type and access an endpoint needs from the caller's scopes.</summary>
public sealed record FhirScopeRequirement(string Type, FhirAccess Access);

/// <summary>
/// SMART-style scopes (v1 syntax, decision 0039): <c>patient/*.read</c>, <c>user/Observation.write</c>.
/// A token carries the scopes it was granted (claim <see cref="ClaimType"/>); a token or cookie without
/// them has its role's full set, so clients that never ask for a scope keep working. The query filters
/// still decide whose rows a scope reaches: a patient's <c>patient/</c> scopes reach their own compartment.
/// </summary>
public static partial class FhirScopes
{
    public const string ClaimType = "scope";

    private const string Readable = "*.read";

    /// <summary>Every scope a role may hold; a token request may ask for fewer.</summary>
    public static IReadOnlyList<string> Defaults(string? role) => role switch
    {
        Roles.Patient => ["patient/*.read", "patient/QuestionnaireResponse.write", "patient/Observation.write"],
        Roles.Admin or Roles.Practitioner => ["user/*.read", "user/QuestionnaireResponse.write", "user/Observation.write"],
        Roles.FrontDesk => ["user/" + Readable],
        _ => [],
    };

    /// <summary>
    /// The scopes granted for <paramref name="requested"/> (space-separated; none asked = the role's full
    /// set): each asked scope the role holds. Scopes this server does not know (<c>openid</c>,
    /// <c>launch/patient</c>) are left out, as OAuth allows; a malformed resource scope, or nothing
    /// grantable at all, is the problem returned.
    /// </summary>
    public static (string? Granted, string? Problem) Grant(string? requested, string? role)
    {
        var held = Defaults(role);
        if (string.IsNullOrWhiteSpace(requested))
        {
            return (string.Join(' ', held), null);
        }

        var granted = new List<string>();
        foreach (var asked in requested.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Parse(asked) is not { } scope)
            {
                if (asked.Contains('/', StringComparison.Ordinal) && asked.Contains('.', StringComparison.Ordinal)
                    && (asked.StartsWith("patient/", StringComparison.Ordinal) || asked.StartsWith("user/", StringComparison.Ordinal) || asked.StartsWith("system/", StringComparison.Ordinal)))
                {
                    return (null, $"{asked} is not a scope: context/Type.access, e.g. patient/Observation.read (access read, write or *).");
                }

                continue;
            }

            if (held.Select(Parse).Any(h => h!.Covers(scope)) && !granted.Contains(asked))
            {
                granted.Add(asked);
            }
        }

        return granted.Count == 0
            ? (null, $"None of the scopes asked for is granted to this account; it may hold: {string.Join(' ', held)}.")
            : (string.Join(' ', granted), null);
    }

    /// <summary>The caller's scopes: the token's, or the role's full set when it carries none.</summary>
    public static IReadOnlyList<string> Of(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimType) is { } claim
            ? claim.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : Defaults(Roles.All.FirstOrDefault(user.IsInRole));

    /// <summary>Whether the caller's scopes allow <paramref name="access"/> to resources of <paramref name="type"/>.</summary>
    public static bool Allows(ClaimsPrincipal user, string type, FhirAccess access)
    {
        var wanted = new Scope("*", type, access == FhirAccess.Read ? "read" : "write");
        return Of(user).Select(Parse).Any(s => s is not null && s.Covers(wanted));
    }

    /// <summary>The 403 OperationOutcome of a request outside the caller's scopes.</summary>
    public static IResult Refuse(ClaimsPrincipal user, string type, FhirAccess access) =>
        FhirResults.Outcome(StatusCodes.Status403Forbidden, Hl7.Fhir.Model.OperationOutcome.IssueType.Forbidden,
            $"The token's scope ({string.Join(' ', Of(user))}) does not allow {(access == FhirAccess.Read ? "reading" : "writing")} {type}.");

    /// <summary>The endpoint filter of the FHIR group: checks <see cref="FhirScopeRequirement"/> when the endpoint has one.</summary>
    public static async ValueTask<object?> CheckAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        return http.GetEndpoint()?.Metadata.GetMetadata<FhirScopeRequirement>() is { } needed && !Allows(http.User, needed.Type, needed.Access)
            ? Refuse(http.User, needed.Type, needed.Access)
            : await next(context);
    }

    private static Scope? Parse(string text) =>
        ScopePattern().Match(text) is { Success: true } m ? new(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) : null;

    [GeneratedRegex(@"^(patient|user|system)/([A-Za-z]+|\*)\.(read|write|\*)$")]
    private static partial Regex ScopePattern();

    /// <summary>One scope; the context is where it was granted, not part of the check (a role holds one context).</summary>
    private sealed record Scope(string Context, string Type, string Access)
    {
        public bool Covers(Scope other) =>
            (Context == other.Context || other.Context == "*")
            && (Type == "*" || Type == other.Type)
            && (Access == "*" || Access == other.Access);
    }
}
