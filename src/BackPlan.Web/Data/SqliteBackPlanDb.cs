using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Data;

public sealed class SqliteBackPlanDb(DbContextOptions<SqliteBackPlanDb> options, CurrentUser currentUser)
    : BackPlanDb(options, currentUser);
