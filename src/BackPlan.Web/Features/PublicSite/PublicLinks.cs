using BackPlan.Web.Features.Clinics;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace BackPlan.Web.Features.PublicSite;

/// <summary>Addresses the public pages share: language variants, the map search, phone links.</summary>
public static class PublicLinks
{
    /// <summary>This page in a language (?culture=pl), or without one (the visitor's choice) for x-default.</summary>
    public static string InCulture(NavigationManager nav, string? culture)
    {
        var uri = new Uri(nav.Uri);
        var query = QueryHelpers.ParseQuery(uri.Query).Where(q => q.Key != "culture")
            .ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        if (culture is not null)
        {
            query["culture"] = culture;
        }

        return QueryHelpers.AddQueryString(uri.GetLeftPart(UriPartial.Path), query);
    }

    /// <summary>The local path and query without ?culture=, so the language cookie decides.</summary>
    public static string WithoutCulture(NavigationManager nav)
    {
        var full = new Uri(InCulture(nav, null));
        return full.PathAndQuery;
    }

    /// <summary>The first location in use (the clinic's main address), or "".</summary>
    public static string Address(Clinic clinic) => clinic.Locations.Where(l => l.Active).OrderBy(l => l.Id).FirstOrDefault() is { } l ? Address(l) : "";

    public static string Address(Location l) =>
        string.Join(", ", new[] { l.AddressLine, $"{l.PostalCode} {l.City}".Trim(), l.Country }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public static string MapSearch(string address) =>
        "https://www.openstreetmap.org/search?query=" + Uri.EscapeDataString(address);

    public static string Tel(string phone) => new(phone.Where(c => char.IsDigit(c) || c == '+').ToArray());
}
