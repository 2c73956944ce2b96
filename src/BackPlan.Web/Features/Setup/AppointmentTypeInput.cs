using BackPlan.Web.Features.Appointments;

namespace BackPlan.Web.Features.Setup;

/// <summary>A new or edited appointment type as typed on the booking set-up page.</summary>
public sealed class AppointmentTypeInput
{
    public const int MaxNameLength = 100;

    public Guid? Id { get; set; }

    public string? Name { get; set; }

    public int? Minutes { get; set; }

    public bool Active { get; set; } = true;

    public Dictionary<string, string[]> Validate(IEnumerable<AppointmentType> existing)
    {
        var errors = new Dictionary<string, string[]>();
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
        {
            errors[nameof(Name)] = ["Give a name of at most 100 characters."];
        }
        else if (existing.Any(t => t.Id != Id && string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            errors[nameof(Name)] = ["Another appointment type already has this name."];
        }

        if (Minutes is not { } minutes || !AppointmentType.IsValidLength(minutes))
        {
            errors[nameof(Minutes)] = ["Give a length from 15 to 240 minutes in steps of 15."];
        }

        return errors;
    }

    /// <summary>
    /// The stable code the API uses (<c>type=…</c>): the name in lower-case unaccented letters and digits
    /// joined by hyphens, numbered when taken. It never changes after creation, so integrations keep working.
    /// </summary>
    public static string CodeFor(string name, IEnumerable<string> taken)
    {
        // Letters lose their accents (ł has none to lose), so a Polish name still gives a readable code.
        var plain = new string([.. name.Trim().ToLowerInvariant().Replace('ł', 'l').Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
        var words = new string([.. plain.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')])
            .Split('-', StringSplitOptions.RemoveEmptyEntries);
        var code = words.Length == 0 ? "type" : string.Join('-', words);
        code = code.Length > 40 ? code[..40].TrimEnd('-') : code;
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var candidate = code;
        for (var n = 2; used.Contains(candidate); n++)
        {
            candidate = $"{code}-{n}";
        }

        return candidate;
    }
}
