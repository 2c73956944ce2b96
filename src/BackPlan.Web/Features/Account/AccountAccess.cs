using Microsoft.AspNetCore.Identity;

namespace BackPlan.Web.Features.Account;

/// <summary>
/// Turns an account's sign-in off and on, and ends its sessions. Each change gives the account a
/// new security stamp, so every cookie and bearer token issued before stops working: on this
/// instance at once, on others within <see cref="SignInCheckOptions.RecheckInterval"/>.
/// </summary>
public sealed class AccountAccess(UserManager<AppUser> users, SignInCheck check)
{
    /// <summary>Identity's own lockout lasts minutes after failed sign-ins; a disabled account is locked for ever.</summary>
    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd == DateTimeOffset.MaxValue;

    /// <summary>
    /// Why a locked-out sign-in was refused, told only to someone who knows the password (no one
    /// else learns that the account exists).
    /// </summary>
    public async Task<LockoutReason> LockoutReasonAsync(AppUser user, string password)
    {
        if (!IsDisabled(user.LockoutEnd))
        {
            return LockoutReason.FailedAttempts;
        }

        return await users.CheckPasswordAsync(user, password) ? LockoutReason.Disabled : LockoutReason.WrongPassword;
    }

    public enum LockoutReason
    {
        /// <summary>Locked for a while after failed sign-ins.</summary>
        FailedAttempts,

        /// <summary>Sign-in turned off by an admin (told only with the right password).</summary>
        Disabled,

        /// <summary>Turned off, but the password was wrong: answered like any wrong password.</summary>
        WrongPassword,
    }

    public const string DisabledMessage = "Sign-in for this account is turned off. Ask your clinic's admin.";

    public Task<bool> DisableAsync(AppUser user) => ChangeAsync(user, DateTimeOffset.MaxValue);

    public Task<bool> EnableAsync(AppUser user) => ChangeAsync(user, null);

    /// <summary>Signs the account out everywhere: every cookie and token issued so far stops working.</summary>
    public async Task<bool> RevokeSessionsAsync(AppUser user)
    {
        var result = await users.UpdateSecurityStampAsync(user);
        check.Forget(user.Id);
        return result.Succeeded;
    }

    private async Task<bool> ChangeAsync(AppUser user, DateTimeOffset? lockoutEnd)
    {
        // Lockout must be enabled for the account, or Identity ignores LockoutEnd at sign-in.
        await users.SetLockoutEnabledAsync(user, true);
        var locked = await users.SetLockoutEndDateAsync(user, lockoutEnd);
        return locked.Succeeded && await RevokeSessionsAsync(user);
    }
}
