using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using BackPlan.Web.Data;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Locations;
using BackPlan.Web.Tests.Features.PublicSite;
using BackPlan.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace BackPlan.Web.Tests.Features.Locations;

public class LocationsPublicSiteTests(PublicSiteApp app) : IClassFixture<PublicSiteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Home_LocationsWithOwnHours_ListsEachWithItsHoursAndJsonLd()
    {
        await app.Clinic.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<BackPlanDb>();
            var first = new Location { Name = "Old Town", AddressLine = "ul. Krzywa 2", PostalCode = "00-002", City = "Warszawa", Phone = "+48 22 111 22 33" };
            // Created a second later: the public site lists locations in the order they were added.
            var second = new Location { Id = Guid.CreateVersion7(DateTimeOffset.UtcNow.AddSeconds(1)), Name = "Harbour", AddressLine = "ul. Portowa 5", PostalCode = "80-001", City = "Gdańsk" };
            var closed = new Location { Name = "Closed branch", Active = false };
            db.Locations.AddRange(first, second, closed);
            db.LocationHours.AddRange(
                new LocationHours { LocationId = first.Id, Day = IsoDayOfWeek.Monday, Opens = new(8, 0), Closes = new(12, 0) },
                new LocationHours { LocationId = first.Id, Day = IsoDayOfWeek.Monday, Opens = new(13, 0), Closes = new(19, 0) },
                new LocationHours { LocationId = second.Id, Day = IsoDayOfWeek.Saturday, Opens = new(9, 0), Closes = new(13, 0) });
            return await db.SaveChangesAsync(Ct);
        });
        using var visitor = Browserless.NewClient(app);

        var home = WebUtility.HtmlDecode(await visitor.GetStringAsync("/?culture=pl", Ct));

        Assert.Contains("<h3 id=\"location-0\">Old Town</h3>", home, StringComparison.Ordinal);
        Assert.Contains("ul. Portowa 5, 80-001 Gdańsk", home, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:+48221112233\"", home, StringComparison.Ordinal);
        Assert.Matches("<th scope=\"row\">poniedziałek</th>\\s*<td>08:00–12:00, 13:00–19:00</td>", home);
        Assert.Matches("<th scope=\"row\">sobota</th>\\s*<td>09:00–13:00</td>", home);
        Assert.DoesNotContain("Closed branch", home, StringComparison.Ordinal);

        var json = Regex.Match(home, "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline);
        using var ld = JsonDocument.Parse(json.Groups[1].Value);
        var places = ld.RootElement.GetProperty("location").EnumerateArray().ToList();
        Assert.Equal(["Old Town", "Harbour"], places.Select(p => p.GetProperty("name").GetString()));
        var mondays = places[0].GetProperty("openingHoursSpecification").EnumerateArray().Select(s => (s.GetProperty("opens").GetString(), s.GetProperty("closes").GetString()));
        Assert.Equal([("08:00", "12:00"), ("13:00", "19:00")], mondays);
        Assert.Equal("Saturday", places[1].GetProperty("openingHoursSpecification")[0].GetProperty("dayOfWeek").GetString()!.Split('/')[^1]);
    }
}
