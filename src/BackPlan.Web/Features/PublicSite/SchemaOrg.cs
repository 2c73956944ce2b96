using System.Text.Json;
using System.Text.Json.Serialization;
using BackPlan.Web.Features.Articles;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Staff;

namespace BackPlan.Web.Features.PublicSite;

/// <summary>
/// schema.org JSON-LD for the public pages, built as objects and serialised (never concatenated
/// text): the clinic as MedicalClinic, practitioners as Person, articles as Article.
/// </summary>
public static class SchemaOrg
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static string Serialize(object data) => JsonSerializer.Serialize(Compact(data), Options);

    /// <summary>Leaves out empty values (a clinic without a phone has no "telephone").</summary>
    private static object? Compact(object? value) => value switch
    {
        Dictionary<string, object?> map => map.Where(kv => Compact(kv.Value) is not null)
            .ToDictionary(kv => kv.Key, kv => Compact(kv.Value)),
        string text => string.IsNullOrWhiteSpace(text) ? null : text,
        System.Collections.IEnumerable list => list.Cast<object?>().Select(Compact).Where(v => v is not null).ToList() is { Count: > 0 } items ? items : null,
        _ => value,
    };

    /// <summary>The clinic at its first location (address and hours), every location in use as a Place with its own.</summary>
    public static Dictionary<string, object?> Clinic(Clinic clinic, string url, IReadOnlyList<StaffMember> practitioners, IReadOnlyList<PublicLocation> locations, IReadOnlyList<string> services)
    {
        var first = locations.Count > 0 ? locations[0] : null;
        var location = first?.Location;
        var hours = first?.Hours ?? [];
        return new()
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalClinic",
            ["name"] = clinic.Name,
            ["description"] = clinic.PublicDescription,
            ["url"] = url,
            ["telephone"] = clinic.PublicPhone,
            ["email"] = clinic.PublicEmail,
            ["sameAs"] = clinic.PublicWebsite,
            ["address"] = location is null ? null : Address(location),
            ["openingHoursSpecification"] = OpeningHours(hours),
            ["location"] = locations.Count < 2 ? null : locations.Select(l => new Dictionary<string, object?>
            {
                ["@type"] = "Place",
                ["name"] = l.Location.Name,
                ["telephone"] = l.Location.Phone,
                ["address"] = Address(l.Location),
                ["openingHoursSpecification"] = OpeningHours(l.Hours),
            }).ToList(),
            ["availableService"] = services.Select(s => new Dictionary<string, object?> { ["@type"] = "MedicalTherapy", ["name"] = s }).ToList(),
            ["employee"] = practitioners.Select(Person).ToList(),
        };
    }

    private static Dictionary<string, object?> Address(Location location) => new()
    {
        ["@type"] = "PostalAddress",
        ["streetAddress"] = location.AddressLine,
        ["postalCode"] = location.PostalCode,
        ["addressLocality"] = location.City,
        ["addressCountry"] = location.Country,
    };

    private static List<Dictionary<string, object?>> OpeningHours(IEnumerable<OpeningDay> hours) => hours.Select(h => new Dictionary<string, object?>
    {
        ["@type"] = "OpeningHoursSpecification",
        ["dayOfWeek"] = "https://schema.org/" + h.SchemaDay,
        ["opens"] = h.Opens.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        ["closes"] = h.Closes.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
    }).ToList();

    public static Dictionary<string, object?> Person(StaffMember member) => new()
    {
        ["@type"] = "Person",
        ["name"] = member.FullName,
        ["jobTitle"] = member.Profession,
        ["description"] = member.PublicBio,
        ["hasCredential"] = string.IsNullOrWhiteSpace(member.Qualifications) ? null
            : new Dictionary<string, object?> { ["@type"] = "EducationalOccupationalCredential", ["name"] = member.Qualifications },
    };

    public static Dictionary<string, object?> Article(Article article, string url, string? author, string clinicName, string? imageUrl) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Article",
        ["headline"] = article.Title,
        ["description"] = article.Summary,
        ["url"] = url,
        ["image"] = imageUrl,
        ["datePublished"] = article.PublishAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["dateModified"] = article.UpdatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["keywords"] = article.TagList.Count > 0 ? string.Join(", ", article.TagList) : null,
        ["author"] = author is null ? null : new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = author },
        ["publisher"] = new Dictionary<string, object?> { ["@type"] = "MedicalClinic", ["name"] = clinicName },
    };
}
