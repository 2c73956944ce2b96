using System.Linq.Expressions;
using BackPlan.Web.Features.Account;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.Examinations;
using BackPlan.Web.Features.Instruments;
using BackPlan.Web.Features.Patients;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.Questionnaires;
using BackPlan.Web.Features.Reviews;
using BackPlan.Web.Features.Screening;
using BackPlan.Web.Features.Staff;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BackPlan.Web.Data;

/// <summary>
/// The application's database. Two thin subclasses (SQLite, PostgreSQL) each own their migrations.
/// Every <see cref="IClinicOwned"/> row is filtered to the signed-in user's clinic here, once.
/// </summary>
public abstract class BackPlanDb(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    private readonly Dictionary<Type, object> _saveState = [];

    /// <summary>
    /// Whom the queries and audit entries are for. Contexts are pooled (docs/performance.md): a
    /// scope's context is set up by <see cref="For"/> when it leaves the pool. None: no clinic's rows.
    /// </summary>
    public CurrentUser? Caller { get; private set; }

    /// <summary>Readies a pooled context for one scope: its caller, and nothing left from the last scope.</summary>
    internal BackPlanDb For(CurrentUser caller)
    {
        Caller = caller;
        _saveState.Clear();
        return this;
    }

    /// <summary>What an interceptor carries from SavingChanges to SavedChanges for this context (interceptors are shared).</summary>
    internal T SaveState<T>()
        where T : class, new()
    {
        if (!_saveState.TryGetValue(typeof(T), out var state))
        {
            _saveState[typeof(T)] = state = new T();
        }

        return (T)state;
    }

    public DbSet<Clinic> Clinics => Set<Clinic>();

    public DbSet<Location> Locations => Set<Location>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>The keys that protect cookies, tokens and links: shared by every instance (docs/decisions/0029).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<InstrumentLicence> InstrumentLicences => Set<InstrumentLicence>();

    public DbSet<InstrumentWording> InstrumentWordings => Set<InstrumentWording>();

    public DbSet<Episode> Episodes => Set<Episode>();

    public DbSet<QuestionnaireResponse> QuestionnaireResponses => Set<QuestionnaireResponse>();

    public DbSet<ScreeningRecord> Screenings => Set<ScreeningRecord>();

    public DbSet<Examination> Examinations => Set<Examination>();

    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();

    public DbSet<ReviewRecord> Reviews => Set<ReviewRecord>();

    public DbSet<Platform.Email.OutboxMessage> Outbox => Set<Platform.Email.OutboxMessage>();

    public DbSet<Room> Rooms => Set<Room>();

    public DbSet<AppointmentType> AppointmentTypes => Set<AppointmentType>();

    public DbSet<WorkingHours> WorkingHours => Set<WorkingHours>();

    public DbSet<TimeOff> TimeOff => Set<TimeOff>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<SlotClaim> SlotClaims => Set<SlotClaim>();

    public DbSet<Features.Alerts.StaffAlert> Alerts => Set<Features.Alerts.StaffAlert>();

    public DbSet<Features.Sessions.SessionNote> SessionNotes => Set<Features.Sessions.SessionNote>();

    public DbSet<Features.Sessions.SessionNoteAddendum> SessionNoteAddenda => Set<Features.Sessions.SessionNoteAddendum>();
    public DbSet<Features.Articles.Article> Articles => Set<Features.Articles.Article>();

    public DbSet<Features.Articles.ArticleCover> ArticleCovers => Set<Features.Articles.ArticleCover>();

    public DbSet<Features.Articles.ArticleComment> ArticleComments => Set<Features.Articles.ArticleComment>();

    public DbSet<Features.Articles.ArticleAssignment> ArticleAssignments => Set<Features.Articles.ArticleAssignment>();

    public DbSet<Features.Waitlist.WaitlistEntry> WaitlistEntries => Set<Features.Waitlist.WaitlistEntry>();

    public DbSet<Features.Waitlist.WaitlistOffer> WaitlistOffers => Set<Features.Waitlist.WaitlistOffer>();

    public DbSet<Features.Waitlist.FlareUp> FlareUps => Set<Features.Waitlist.FlareUp>();

    public DbSet<Features.Locations.LocationHours> LocationHours => Set<Features.Locations.LocationHours>();

    public DbSet<Features.Locations.LocationClosure> LocationClosures => Set<Features.Locations.LocationClosure>();

    // Read by the query filters on every query (EF parameterises context members per query).
    internal Guid? CurrentClinicId => Caller?.ClinicId;

    internal Guid? CurrentPatientId => Caller?.PatientId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(BackPlanDb).Assembly);
        builder.Entity<Clinic>().HasQueryFilter(c => c.Id == CurrentClinicId);
        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(IClinicOwned).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entity.ClrType).HasQueryFilter(TenantFilter(entity.ClrType));
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored in UTC; SQLite forgets the kind, so restore it on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>row.ClinicId == CurrentClinicId, and for a patient also owner == CurrentPatientId.</summary>
    private LambdaExpression TenantFilter(Type type)
    {
        var row = Expression.Parameter(type, "row");
        var db = Expression.Constant(this);
        var clinic = Expression.Property(db, nameof(CurrentClinicId));
        var patient = Expression.Property(db, nameof(CurrentPatientId));
        Expression filter = Expression.Equal(
            Expression.Convert(Expression.Property(row, nameof(IClinicOwned.ClinicId)), typeof(Guid?)), clinic);
        if (typeof(IPatientOwned).IsAssignableFrom(type))
        {
            var ownerProperty = type == typeof(Patient) ? nameof(Patient.Id) : "PatientId";
            var owner = Expression.Convert(Expression.Property(row, ownerProperty), typeof(Guid?));
            filter = Expression.AndAlso(filter, Expression.OrElse(
                Expression.Equal(patient, Expression.Constant(null, typeof(Guid?))),
                Expression.Equal(owner, patient)));
        }

        return Expression.Lambda(filter, row);
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
