using System.Globalization;
using BackPlan.Web.Features.Clinics;
using NodaTime;

namespace BackPlan.Web.Features.Locations;

/// <summary>A location as typed on the locations page: address, zone, weekly opening hours and closed days.</summary>
public sealed class LocationInput
{
    public const string NameRequired = "Give a name of at most 200 characters.";
    public const string NameTaken = "Another location already has this name.";
    public const string TooLong = "This is too long.";
    public const string PhoneFormat = "Enter a phone number using digits, spaces, +, - and brackets.";
    public const string UnknownZone = "Choose a time zone from the list.";
    public const string ClosureFormat = "Write one closed day per line as 2026-12-24, optionally followed by a reason.";
    public const string ClosureTwice = "Each closed day may be listed once.";
    public const string Gone = "This location does not exist (any more).";

    public static readonly IReadOnlyList<string> Messages =
        [NameRequired, NameTaken, Gone, TooLong, PhoneFormat, UnknownZone, ClosureFormat, ClosureTwice, .. OpeningHoursText.Messages];

    public static readonly IReadOnlyList<IsoDayOfWeek> Week =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    public Guid? Id { get; set; }

    public string? Name { get; set; }

    public string? AddressLine { get; set; }

    public string? City { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public string? Phone { get; set; }

    /// <summary>A TZDB id; empty for the clinic's zone.</summary>
    public string? TimeZoneId { get; set; }

    // One field per day (named after the day, so errors land beside it): "08:00–12:00, 13:00–19:00".
    public string? Monday { get; set; }

    public string? Tuesday { get; set; }

    public string? Wednesday { get; set; }

    public string? Thursday { get; set; }

    public string? Friday { get; set; }

    public string? Saturday { get; set; }

    public string? Sunday { get; set; }

    /// <summary>One closed day per line: "2026-12-24 Christmas Eve".</summary>
    public string? Closures { get; set; }

    public string? HoursOn(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => Monday,
        IsoDayOfWeek.Tuesday => Tuesday,
        IsoDayOfWeek.Wednesday => Wednesday,
        IsoDayOfWeek.Thursday => Thursday,
        IsoDayOfWeek.Friday => Friday,
        IsoDayOfWeek.Saturday => Saturday,
        IsoDayOfWeek.Sunday => Sunday,
        _ => null,
    };

    public void SetHoursOn(IsoDayOfWeek day, string? text)
    {
        switch (day)
        {
            case IsoDayOfWeek.Monday: Monday = text; break;
            case IsoDayOfWeek.Tuesday: Tuesday = text; break;
            case IsoDayOfWeek.Wednesday: Wednesday = text; break;
            case IsoDayOfWeek.Thursday: Thursday = text; break;
            case IsoDayOfWeek.Friday: Friday = text; break;
            case IsoDayOfWeek.Saturday: Saturday = text; break;
            case IsoDayOfWeek.Sunday: Sunday = text; break;
            default: throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week.");
        }
    }

    public static LocationInput From(Location location, IEnumerable<LocationHours> hours, IEnumerable<LocationClosure> closures)
    {
        var input = new LocationInput
        {
            Id = location.Id,
            Name = location.Name,
            AddressLine = location.AddressLine,
            City = location.City,
            PostalCode = location.PostalCode,
            Country = location.Country,
            Phone = location.Phone,
            TimeZoneId = location.TimeZoneId,
            Closures = string.Join("\n", closures.OrderBy(c => c.Date).Select(c => $"{c.Date:yyyy-MM-dd} {c.Reason}".TrimEnd())),
        };
        foreach (var day in hours.GroupBy(h => h.Day))
        {
            input.SetHoursOn(day.Key, OpeningHoursText.Format(day.Select(h => (h.Opens, h.Closes))));
        }

        return input;
    }

    /// <summary>Field → English messages; empty when the location can be saved.</summary>
    public Dictionary<string, string[]> Validate(IEnumerable<Location> others)
    {
        var errors = new Dictionary<string, string[]>();
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            errors[nameof(Name)] = [NameRequired];
        }
        else if (others.Any(l => l.Id != Id && string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            errors[nameof(Name)] = [NameTaken];
        }

        Max(nameof(AddressLine), AddressLine, 200);
        Max(nameof(City), City, 100);
        Max(nameof(PostalCode), PostalCode, 20);
        Max(nameof(Country), Country, 100);
        if (!string.IsNullOrWhiteSpace(Phone) && (Phone.Trim().Length > 40 || !Phone.All(c => char.IsDigit(c) || c is ' ' or '+' or '-' or '(' or ')')))
        {
            errors[nameof(Phone)] = [PhoneFormat];
        }

        if (!string.IsNullOrWhiteSpace(TimeZoneId) && DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZoneId.Trim()) is null)
        {
            errors[nameof(TimeZoneId)] = [UnknownZone];
        }

        foreach (var day in Week)
        {
            if (OpeningHoursText.Parse(HoursOn(day)).Error is { } error)
            {
                errors[day.ToString()] = [error];
            }
        }

        if (ClosedDays().Error is { } closureError)
        {
            errors[nameof(Closures)] = [closureError];
        }

        return errors;

        void Max(string field, string? value, int length)
        {
            if (value?.Trim().Length > length)
            {
                errors[field] = [TooLong];
            }
        }
    }

    /// <summary>The weekly rows to store (after <see cref="Validate"/> found nothing wrong).</summary>
    public IEnumerable<(IsoDayOfWeek Day, TimeOnly Opens, TimeOnly Closes)> OpeningHours() =>
        Week.SelectMany(day => OpeningHoursText.Parse(HoursOn(day)).Intervals.Select(i => (day, i.Opens, i.Closes)));

    /// <summary>The closed days typed, one per line, or the English message telling what is wrong.</summary>
    public (List<(DateOnly Date, string? Reason)> Days, string? Error) ClosedDays()
    {
        var days = new List<(DateOnly Date, string? Reason)>();
        foreach (var line in (Closures ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var date = line.Split(' ', 2)[0];
            var reason = line.Length > date.Length ? line[date.Length..].Trim() : null;
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || reason?.Length > 200)
            {
                return ([], ClosureFormat);
            }

            if (days.Any(d => d.Date == day))
            {
                return ([], ClosureTwice);
            }

            days.Add((day, string.IsNullOrEmpty(reason) ? null : reason));
        }

        return (days, null);
    }
}
