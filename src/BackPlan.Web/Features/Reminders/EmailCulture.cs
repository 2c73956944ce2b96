using System.Globalization;

namespace BackPlan.Web.Features.Reminders;

/// <summary>
/// Emails are written in the clinic's language (its Locale), not the sender's: a background job has
/// no request culture, and a patient reads the clinic's language.
/// </summary>
public static class EmailCulture
{
    public static CultureInfo Of(string? locale) =>
        locale?.StartsWith("pl", StringComparison.OrdinalIgnoreCase) == true ? new CultureInfo("pl") : new CultureInfo("en");

    /// <summary>Runs <paramref name="write"/> with the UI culture set, so <c>IStringLocalizer</c> answers in that language.</summary>
    public static T In<T>(CultureInfo culture, Func<T> write)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return write();
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = current;
        }
    }
}
