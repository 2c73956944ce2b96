using System.Globalization;
using System.Text;
using BackPlan.Web.Data;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Account;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, RFC 6238, through Identity's authenticator
/// token provider) or a one-time recovery code (decision 0036): who must use it, and the one check of
/// a code that the sign-in page and the token API share, so lockout counts the same on both.
/// </summary>
public sealed class TwoFactor(UserManager<AppUser> users, IUserStore<AppUser> store, BackPlanDb db)
{
    /// <summary>Where an account sets up, changes or turns off its second factor.</summary>
    public const string SetupPath = "/account/two-factor";

    /// <summary>The sign-in page's second step: the code.</summary>
    public const string CodePath = "/account/sign-in/code";

    /// <summary>How many recovery codes an account gets; each works once.</summary>
    public const int RecoveryCodeCount = 10;

    /// <summary>
    /// Admins always sign in with a second factor; other staff when their clinic asks for it;
    /// patients may choose to (issue 16, item 1).
    /// </summary>
    public static bool IsRequired(IReadOnlyCollection<string> roles, bool clinicRequiresForStaff) =>
        roles.Contains(Roles.Admin)
        || (clinicRequiresForStaff && roles.Any(r => r is Roles.Practitioner or Roles.FrontDesk));

    /// <summary>Whether this account (with these roles) must use a second factor, its clinic's setting read.</summary>
    public async Task<bool> IsRequiredAsync(AppUser user, IReadOnlyCollection<string> roles)
    {
        if (IsRequired(roles, clinicRequiresForStaff: false))
        {
            return true;
        }

        // Signing in comes before any clinic is chosen: the clinic's row is read past its filter.
        var clinicRequires = user.ClinicId is { } clinic && await db.Clinics.IgnoreQueryFilters()
            .Where(c => c.Id == clinic).Select(c => c.RequireTwoFactorForStaff).FirstOrDefaultAsync();
        return IsRequired(roles, clinicRequires);
    }

    public enum Outcome
    {
        Accepted,
        Refused,
        LockedOut,
    }

    /// <summary>
    /// Checks a code from the authenticator app (six digits) or a recovery code (used up when it
    /// fits). A wrong code counts as a failed sign-in, so repeated guesses lock the account as
    /// wrong passwords do; a right one clears the count.
    /// </summary>
    public async Task<Outcome> CheckAsync(AppUser user, string? code)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return Outcome.LockedOut;
        }

        var given = Normalise(code);
        var accepted = given.Length > 0 && (IsAppCode(given)
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, given)
            : (await users.RedeemTwoFactorRecoveryCodeAsync(user, given.ToUpperInvariant())).Succeeded);
        if (accepted)
        {
            await users.ResetAccessFailedCountAsync(user);
            return Outcome.Accepted;
        }

        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? Outcome.LockedOut : Outcome.Refused;
    }

    /// <summary>
    /// Turns two-factor sign-in on once the app's first code fits the new key, and gives the
    /// recovery codes (shown once). Identity gives the account a new security stamp, so every
    /// other session that signed in without the second factor ends.
    /// </summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(AppUser user, string? code)
    {
        var given = Normalise(code);
        if (!IsAppCode(given) || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, given))
        {
            return null;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
    }

    /// <summary>Turns it off and forgets the key, so setting it up again starts with a new one.</summary>
    public async Task DisableAsync(AppUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
    }

    /// <summary>
    /// The account's authenticator key, made on first use. Made through the key store, not
    /// <c>ResetAuthenticatorKeyAsync</c>: that also gives the account a new security stamp, so merely
    /// opening the set-up page would end every session of the account, this one included.
    /// </summary>
    public async Task<string> KeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            await users.UpdateAsync(user);
        }

        return key;
    }

    /// <summary>The otpauth URI an authenticator app reads from the QR code (Key Uri Format).</summary>
    public static string AuthenticatorUri(string account, string key) => string.Create(CultureInfo.InvariantCulture,
        $"otpauth://totp/{Uri.EscapeDataString("BackPlan:" + account)}?secret={key}&issuer=BackPlan&digits=6");

    /// <summary>The key in groups of four, as people type it into an app by hand.</summary>
    public static string Readable(string key)
    {
        var text = new StringBuilder(key.Length + (key.Length / 4));
        for (var i = 0; i < key.Length; i++)
        {
            text.Append(i > 0 && i % 4 == 0 ? " " : "").Append(char.ToLowerInvariant(key[i]));
        }

        return text.ToString();
    }

    /// <summary>Spaces are how people copy codes (apps show "123 456"); recovery codes keep their dash.</summary>
    private static string Normalise(string? code) =>
        (code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();

    private static bool IsAppCode(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);
}
