using Microsoft.Extensions.Localization;

namespace BackPlan.Web.Features.Examinations;

/// <summary>Vocabulary codes in plain words, from the "finding.", "region." and "side." resource keys.</summary>
public static class ExaminationText
{
    /// <summary>The resource keys used here besides the key families (each has a Polish translation).</summary>
    public static IReadOnlyList<string> Formats { get; } = ["{0}, {1}", "severity {0}", "{0}: {1}, {2}"];

    public static string Finding(IStringLocalizer l, string code) => l["finding." + code];

    public static string Region(IStringLocalizer l, string code) => l["region." + code];

    public static string Side(IStringLocalizer l, string code) => l["side." + code];

    /// <summary>"Gluteus medius, left", "left", or "" when neither applies.</summary>
    public static string Place(IStringLocalizer l, string? region, string? side) => (region, side) switch
    {
        (null, null) => "",
        ({ } r, null) => Region(l, r),
        (null, { } s) => Side(l, s),
        ({ } r, { } s) => l["{0}, {1}", Region(l, r), Side(l, s)],
    };

    /// <summary>The whole finding in one line, for lists and accessible names.</summary>
    public static string Describe(IStringLocalizer l, ExaminationFinding finding)
    {
        var place = Place(l, finding.Region, finding.Side);
        var severity = l["severity {0}", finding.Severity];
        return place.Length == 0
            ? l["{0}, {1}", Finding(l, finding.Code), severity]
            : l["{0}: {1}, {2}", Finding(l, finding.Code), place, severity];
    }
}
