using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BackPlan.Web.Data;

// Used only by `dotnet ef migrations add`: each provider's context gets its own migrations folder.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBackPlanDb>
{
    public SqliteBackPlanDb CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteBackPlanDb>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBackPlanDb>
{
    public PostgresBackPlanDb CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresBackPlanDb>().UseNpgsql("Host=localhost;Database=backplan_design").Options);
}
