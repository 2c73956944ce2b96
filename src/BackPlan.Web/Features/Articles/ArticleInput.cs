using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BackPlan.Web.Features.Articles;

/// <summary>What an editor types for an article. <see cref="Validate"/> returns English messages per field.</summary>
public sealed partial class ArticleInput
{
    public const int MaxBodyLength = 40_000;

    public string? Title { get; set; }

    public string? Slug { get; set; }

    public string? Summary { get; set; }

    public string? Body { get; set; }

    public string? Tags { get; set; }

    /// <summary>"draft", "publish" (now) or "schedule" (at <see cref="PublishAt"/>).</summary>
    public string Status { get; set; } = "draft";

    /// <summary>Local date and time in the clinic's zone.</summary>
    public DateTime? PublishAt { get; set; }

    public string? CoverAlt { get; set; }

    public bool RemoveCover { get; set; }

    public Dictionary<string, string[]> Validate(bool hasCover, DateTime localNow)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        Text(nameof(Title), Title, 200, required: true);
        Text(nameof(Summary), Summary, 300, required: true);
        Text(nameof(Body), Body, MaxBodyLength, required: true);
        Text(nameof(Tags), Tags, 300, required: false);
        Text(nameof(CoverAlt), CoverAlt, 300, required: false);
        var slug = SlugOrTitle();
        if (slug.Length is 0 or > 120 || !SlugPattern().IsMatch(slug))
        {
            Add(nameof(Slug), "Use lower-case letters, digits and hyphens (at most 120).");
        }

        if (Status is not ("draft" or "publish" or "schedule"))
        {
            Add(nameof(Status), "Choose draft, publish now or schedule.");
        }
        else if (Status == "schedule" && PublishAt is not { } at)
        {
            Add(nameof(PublishAt), "Enter when the article should appear.");
        }
        else if (Status == "schedule" && PublishAt <= localNow)
        {
            Add(nameof(PublishAt), "A scheduled time must be in the future.");
        }

        if (hasCover && !RemoveCover && string.IsNullOrWhiteSpace(CoverAlt))
        {
            Add(nameof(CoverAlt), "Describe the cover image for people who cannot see it.");
        }

        return errors;

        void Text(string field, string? value, int max, bool required)
        {
            if (required && string.IsNullOrWhiteSpace(value))
            {
                Add(field, "This field is required.");
            }
            else if (value?.Trim().Length > max)
            {
                Add(field, $"Use at most {max} characters.");
            }
        }
    }

    /// <summary>The slug typed, or one made from the title ("Ból pleców?" → "bol-plecow").</summary>
    public string SlugOrTitle() => string.IsNullOrWhiteSpace(Slug) ? MakeSlug(Title) : Slug.Trim();

    public static string MakeSlug(string? text)
    {
        var plain = new StringBuilder();
        foreach (var c in (text ?? "").Replace("ł", "l", StringComparison.Ordinal).Replace("Ł", "L", StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
            }
        }

        var slug = DashesPattern().Replace(plain.ToString(), "-").Trim('-');
        return slug.Length > 120 ? slug[..120].TrimEnd('-') : slug;
    }

    public static ArticleInput From(Article article, DateTime? localPublishAt, bool scheduled) => new()
    {
        Title = article.Title,
        Slug = article.Slug,
        Summary = article.Summary,
        Body = article.BodyMarkdown,
        Tags = string.Join(", ", article.TagList),
        Status = article.Status == ArticleStatus.Draft ? "draft" : scheduled ? "schedule" : "publish",
        PublishAt = localPublishAt,
        CoverAlt = article.CoverAlt,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("-{2,}")]
    private static partial Regex DashesPattern();
}
