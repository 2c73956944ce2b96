using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace BackPlan.Web.Features.PublicSite;

/// <summary>
/// When a public form (inquiry, comment) was first shown, as a value signed and encrypted with Data
/// Protection, so a bot can neither read nor forge it. A post sooner than the form's minimum fill
/// time after it is refused.
/// </summary>
public sealed class FormTimer(IDataProtectionProvider protection, TimeProvider time, IHttpContextAccessor http)
{
    private readonly IDataProtector _protector = protection.CreateProtector("BackPlan.PublicForms.Started");

    /// <summary>
    /// The value for a form being shown: now, signed; while a cacheable public page renders, a
    /// marker that <see cref="PerVisitorValues"/> replaces with <see cref="IssueNow"/> per visitor.
    /// </summary>
    public string Issue() => http.HttpContext is { } context && PerVisitorValues.RendersMarkers(context)
        ? PerVisitorValues.StampMarker
        : IssueNow();

    /// <summary>Now, signed.</summary>
    public string IssueNow() => _protector.Protect(time.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture));

    /// <summary>True when <paramref name="token"/> is genuine (issued by this app).</summary>
    public bool IsGenuine(string? token) => StartedAt(token) is not null;

    /// <summary>Null when the form took long enough, otherwise why it is refused (English).</summary>
    public string? Check(string? token, TimeSpan minimumFillTime)
    {
        if (StartedAt(token) is not { } started)
        {
            return "This form has expired. Please check your answers and send it again.";
        }

        return time.GetUtcNow() - started < minimumFillTime
            ? "That was very quick. Please check your answers and send the form again."
            : null;
    }

    private DateTimeOffset? StartedAt(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            return long.TryParse(_protector.Unprotect(token), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                ? new DateTimeOffset(ticks, TimeSpan.Zero)
                : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
