using System.Collections.Concurrent;
using BackPlan.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace BackPlan.Web.Tests.Support;

/// <summary>
/// The authenticator keys of the test accounts that sign in with two factors (every admin must), so
/// the sign-in helpers can answer the code step as a phone would: TOTP computed by Otp.NET, an
/// implementation independent of the app's (Identity's RFC 6238 provider).
/// </summary>
public static class TwoFactorKeys
{
    private static readonly ConcurrentDictionary<string, string> Keys = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Turns two-factor sign-in on for the account, as its set-up page would, with the key this email
    /// already has here: several test apps seed the same demo admin in their own databases at once, and
    /// one key for the email keeps each app's sign-ins from answering with another app's codes.
    /// </summary>
    public static async Task<string> EnrolAsync(UserManager<AppUser> users, AppUser user)
    {
        var key = Keys.GetOrAdd(user.Email!, _ => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20)));
        // Where Identity's default store keeps the authenticator key (what ResetAuthenticatorKeyAsync writes).
        await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", key);
        await users.SetTwoFactorEnabledAsync(user, true);
        return key;
    }

    public static void Remember(string email, string key) => Keys[email] = key;

    /// <summary>The code the account's authenticator app shows now; null for an account without two factors.</summary>
    public static string? CodeFor(string email) => Keys.TryGetValue(email, out var key) ? CodeOf(key) : null;

    public static string CodeOf(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
}
