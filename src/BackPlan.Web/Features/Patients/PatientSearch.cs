using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Patients;

/// <summary>The patient list query shared by the API and the list page (clinic scoping comes from the query filter).</summary>
public static class PatientSearch
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static Dictionary<string, string[]> Validate(int page, int pageSize, string? search)
    {
        var errors = new Dictionary<string, string[]>();
        if (page < 1)
        {
            errors["page"] = ["must be 1 or more"];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"must be from 1 to {MaxPageSize}"];
        }

        if (search?.Length > 100)
        {
            errors["search"] = ["must be at most 100 characters"];
        }

        return errors;
    }

    /// <summary>
    /// Patients whose name, email or phone contains <paramref name="term"/> (normalised). On
    /// PostgreSQL as LIKE, which its trigram index serves; elsewhere as a substring test.
    /// </summary>
    public static IQueryable<Patient> Matching(BackPlanDb db, IQueryable<Patient> query, string term)
    {
        if (!db.Database.IsNpgsql())
        {
            return query.Where(p => p.SearchText.Contains(term));
        }

        var pattern = "%" + term.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
        return query.Where(p => EF.Functions.Like(p.SearchText, pattern, @"\"));
    }

    public static async Task<PageDto<PatientSummaryDto>> RunAsync(BackPlanDb db, string? search, int page, int pageSize, CancellationToken ct)
    {
        var query = db.Patients.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            query = Matching(db, query, Patient.NormaliseSearch(search));
        }

        var total = await query.CountAsync(ct);
        var items = await query
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new PatientSummaryDto(p.Id, p.GivenName, p.FamilyName, p.DateOfBirth, p.Email, p.Phone))
            .ToListAsync(ct);
        return new PageDto<PatientSummaryDto>(items, page, pageSize, total);
    }
}
