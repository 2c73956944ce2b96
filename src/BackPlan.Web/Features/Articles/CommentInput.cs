using System.Net.Mail;
using System.Text.RegularExpressions;

namespace BackPlan.Web.Features.Articles;

/// <summary>A visitor's comment form. <see cref="Website"/> is the honeypot: hidden from people, filled by bots.</summary>
public sealed partial class CommentInput
{
    public const int MaxTextLength = 2000;
    public const int MaxNameLength = 100;
    public const int MaxLinks = 2;

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Text { get; set; }

    /// <summary>The honeypot. A person never sees it; any value means a bot.</summary>
    public string? Website { get; set; }

    /// <summary>When the form was shown, signed by the server (<see cref="CommentGuard"/>).</summary>
    public string? Started { get; set; }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        if (string.IsNullOrWhiteSpace(Name))
        {
            Add(nameof(Name), "Enter your name.");
        }
        else if (Name.Trim().Length > MaxNameLength)
        {
            Add(nameof(Name), $"Use at most {MaxNameLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(Email) || Email.Length > 254 || !MailAddress.TryCreate(Email.Trim(), out var parsed) || parsed.Address != Email.Trim())
        {
            Add(nameof(Email), "Enter an email address like name@example.com.");
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            Add(nameof(Text), "Write your comment.");
        }
        else if (Text.Trim().Length > MaxTextLength)
        {
            Add(nameof(Text), $"Use at most {MaxTextLength} characters.");
        }
        else if (CountLinks(Text) > MaxLinks)
        {
            Add(nameof(Text), $"Use at most {MaxLinks} links.");
        }

        return errors;
    }

    /// <summary>Web addresses in the text: http(s)://… and www.… both count.</summary>
    public static int CountLinks(string text) => LinkPattern().Count(text);

    [GeneratedRegex(@"(https?://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();
}
