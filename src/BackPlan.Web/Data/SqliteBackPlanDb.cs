using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Data;

public sealed class SqliteBackPlanDb(DbContextOptions<SqliteBackPlanDb> options) : BackPlanDb(options);
