using BackPlan.Web.Data;
using BackPlan.Web.Features.Articles;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Staff;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace BackPlan.Bench.Web;

/// <summary>What the load run needs beyond <see cref="NetworkSeeder"/>'s network.</summary>
internal sealed record LoadData(
    string ArticleSlug,
    IReadOnlyList<Guid> PractitionerIds,
    DateTimeZone Zone,
    LocalDate FirstFreeDay,
    LocalDate CalendarDay);

/// <summary>
/// Makes the measured clinic bookable and public: one location, every practitioner licensed and
/// working <see cref="DayStart"/>–<see cref="DayEnd"/> all week there, and one published article.
/// Added once (the article's slug marks it); later runs only read where the free days begin.
/// </summary>
internal static class LoadSeeder
{
    public const string ArticleSlug = "bench-load-back-pain-basics";
    public static readonly LocalTime DayStart = new(7, 0);
    public static readonly LocalTime DayEnd = new(21, 0);

    public static async Task<LoadData> EnsureAsync(IServiceProvider services, Guid clinicId)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<CurrentUser>().ActForClinic(clinicId);
        var db = sp.GetRequiredService<BackPlanDb>();
        var now = DateTime.UtcNow;
        if (!await db.Articles.AnyAsync(a => a.Slug == ArticleSlug))
        {
            var location = new Location { ClinicId = clinicId, Name = "Bench location", AddressLine = "ul. Długa 1", City = "Kraków", PostalCode = "31-001", Country = "PL" };
            db.Locations.Add(location);
            var practitioners = await db.Staff.Where(s => s.Role == Roles.Practitioner).ToListAsync();
            foreach (var p in practitioners)
            {
                p.LicenceExpiresOn ??= DateOnly.FromDateTime(now).AddYears(10);
                db.WorkingHours.AddRange(Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).Select(d => new WorkingHours
                {
                    ClinicId = clinicId,
                    StaffMemberId = p.Id,
                    Day = d,
                    Start = DayStart.ToTimeOnly(),
                    End = DayEnd.ToTimeOnly(),
                    LocationId = location.Id,
                }));
            }

            db.Articles.Add(new Article
            {
                ClinicId = clinicId,
                Slug = ArticleSlug,
                Title = "Low back pain: what helps in the first weeks",
                Summary = "Most low back pain settles within weeks. Staying active helps; bed rest does not.",
                BodyMarkdown = ArticleBody,
                Tags = "|back pain|exercise|",
                Status = ArticleStatus.Published,
                PublishAt = now.AddDays(-1),
                AuthorStaffMemberId = practitioners.OrderBy(p => p.CreatedAt).Last().Id,
                CreatedAt = now.AddDays(-2),
                UpdatedAt = now.AddDays(-1),
            });
            await db.SaveChangesAsync();
            Console.WriteLine($"  load data: a location, working hours and licences for {practitioners.Count} practitioners, article /articles/{ArticleSlug}");
        }

        var zone = DateTimeZoneProviders.Tzdb[await db.Clinics.Where(c => c.Id == clinicId).Select(c => c.TimeZoneId).SingleAsync()];
        var ids = await db.WorkingHours.Select(w => w.StaffMemberId).Distinct().OrderBy(id => id).ToListAsync();
        var first = await db.Appointments.MinAsync(a => (DateTime?)a.StartUtc);
        var last = await db.Appointments.MaxAsync(a => (DateTime?)a.StartUtc);
        var tomorrow = LocalDate.FromDateTime(now).PlusDays(1);
        LocalDate Local(DateTime utc) => Instant.FromDateTimeUtc(utc).InZone(zone).Date;
        var firstFree = last is { } l && Local(l).PlusDays(1) > tomorrow ? Local(l).PlusDays(1) : tomorrow;
        return new LoadData(ArticleSlug, ids, zone, firstFree, first is { } f ? Local(f) : firstFree);
    }

    private const string ArticleBody = """
        Low back pain is common, and in most people it settles within a few weeks. Scans rarely
        change what helps, and pain is not a sign of damage.

        ## What helps

        - **Keep moving.** Walking and your usual activities, paced, help more than rest.
        - **Exercise you enjoy.** Any regular exercise helps; there is no single best one.
        - **Short-term relief.** Heat and simple pain relief can make moving easier.

        ## When to see a doctor at once

        Numbness around the back passage or genitals, new trouble passing urine, weakness in
        the legs, fever, or pain after a fall: call your doctor or emergency services the same day.

        ## What we do

        We examine, explain what we find, treat the soft tissues and build a home program with you,
        then check progress with short questionnaires. Read more about [our approach](/contact).
        """;
}
