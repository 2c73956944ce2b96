using System.Net.Mail;
using System.Text.RegularExpressions;
using BackPlan.Clinical.Screening;

namespace BackPlan.Web.Features.Inquiries;

/// <summary>
/// What a visitor sends from /contact, including the hidden fields (form timer, honeypot, the
/// self-check result). <see cref="Validate"/> checks what the visitor typed; the spam checks are in
/// <see cref="InquiryReceiver"/>.
/// </summary>
public sealed partial class InquiryInput
{
    public const int NameMax = 200;
    public const int TimesMax = 200;
    public const int DescriptionMax = 1000;
    public const int MaxLinks = 2;

    /// <summary>The duration choices: the duration classes, or not sure.</summary>
    public const string NotSure = "NotSure";

    public static IReadOnlyList<string> Durations { get; } = [.. Enum.GetNames<DurationClass>(), NotSure];

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? PreferredContactTimes { get; set; }

    public string? Description { get; set; }

    public string? Duration { get; set; }

    public bool ConsentToContact { get; set; }

    /// <summary>When the form was first shown, signed (<see cref="PublicSite.FormTimer"/>).</summary>
    public string? Started { get; set; }

    /// <summary>Hidden from people; a bot that fills every field fills this one too.</summary>
    public string? Website { get; set; }

    public string? SelfCheck { get; set; }

    public string? SelfCheckFlags { get; set; }

    /// <summary>Property name → messages (English; pages translate them). Empty when valid.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        if (string.IsNullOrWhiteSpace(Name))
        {
            Add(nameof(Name), "Tell us your name.");
        }
        else if (Name.Trim().Length > NameMax)
        {
            Add(nameof(Name), $"Use at most {NameMax} characters.");
        }
        else if (Links(Name) > 0)
        {
            Add(nameof(Name), "Leave out web addresses here.");
        }

        if (string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone))
        {
            Add(nameof(Email), "Give an email address or a phone number so that we can reach you.");
        }

        if (!string.IsNullOrWhiteSpace(Email) && (Email.Length > 254 || !MailAddress.TryCreate(Email.Trim(), out var parsed) || parsed.Address != Email.Trim()))
        {
            Add(nameof(Email), "Enter an email address like name@example.com.");
        }

        if (!string.IsNullOrWhiteSpace(Phone) && (Phone.Length > 40 || !Phone.All(c => char.IsDigit(c) || c is ' ' or '+' or '-' or '(' or ')')))
        {
            Add(nameof(Phone), "Enter a phone number using digits, spaces, +, - and brackets.");
        }

        if (PreferredContactTimes?.Trim().Length > TimesMax)
        {
            Add(nameof(PreferredContactTimes), $"Use at most {TimesMax} characters.");
        }
        else if (Links(PreferredContactTimes) > 0)
        {
            Add(nameof(PreferredContactTimes), "Leave out web addresses here.");
        }

        if (string.IsNullOrWhiteSpace(Description))
        {
            Add(nameof(Description), "Tell us briefly about your back problem.");
        }
        else if (Description.Trim().Length > DescriptionMax)
        {
            Add(nameof(Description), $"Use at most {DescriptionMax} characters.");
        }
        else if (Links(Description) > MaxLinks)
        {
            Add(nameof(Description), $"Use at most {MaxLinks} web links.");
        }

        if (Duration is null || !Durations.Contains(Duration))
        {
            Add(nameof(Duration), "Choose how long the pain has lasted, or “Not sure”.");
        }

        if (!ConsentToContact)
        {
            Add(nameof(ConsentToContact), "We can only answer if you agree that we contact you.");
        }

        return errors;
    }

    /// <summary>The duration class chosen, or null for "not sure".</summary>
    public DurationClass? DurationClass => Enum.TryParse<DurationClass>(Duration, out var d) ? d : null;

    /// <summary>Web addresses in the text: anything starting with http(s)://, www. or a bare domain with a path.</summary>
    public static int Links(string? text) => text is null ? 0 : LinkPattern().Count(text);

    [GeneratedRegex(@"(https?://|www\.)\S+|\b[\w-]+\.(com|net|org|info|biz|ru|xyz|top|io|pl|uk|de)/\S*", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();
}
