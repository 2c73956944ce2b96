using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Data;

public sealed class PostgresBackPlanDb(DbContextOptions<PostgresBackPlanDb> options) : BackPlanDb(options);
