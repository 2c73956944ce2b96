using BackPlan.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Data;

public sealed class PostgresBackPlanDb(DbContextOptions<PostgresBackPlanDb> options) : BackPlanDb(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Patient search is a substring test, which no B-tree serves; a trigram index does
        // (PatientSearch.Matching, docs/performance.md). SQLite scans the clinic's index entries instead.
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<Patient>().HasIndex(p => p.SearchText, "IX_Patients_SearchText_Trigram")
            .HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
