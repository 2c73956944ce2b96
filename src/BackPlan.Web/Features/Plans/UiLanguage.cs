using System.Globalization;

namespace BackPlan.Web.Features.Plans;

/// <summary>
/// The two-letter language of the request's UI culture ("en", "pl"), which the exercise and topic
/// libraries take to answer in the reader's language (docs/decisions/0015-content-translations.md).
/// </summary>
public static class UiLanguage
{
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
