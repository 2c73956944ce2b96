using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Data;

public sealed class PostgresBackPlanDb(DbContextOptions<PostgresBackPlanDb> options, CurrentUser currentUser)
    : BackPlanDb(options, currentUser);
