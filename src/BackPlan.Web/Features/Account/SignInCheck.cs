using System.Security.Claims;
using BackPlan.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Account;

public sealed class SignInCheckOptions
{
    public const string Section = "SignIn";

    /// <summary>
    /// How long one instance trusts what it last read of an account. A change made on this instance
    /// takes effect at once; one made on another instance within this time.
    /// </summary>
    public TimeSpan RecheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Sign-in posts (password, code, token API) one client address may make per <see cref="AttemptWindow"/> (<see cref="SignInThrottle"/>).</summary>
    public int AttemptLimit { get; set; } = 20;

    public TimeSpan AttemptWindow { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Whether a cookie or bearer token still speaks for its account: the account exists, is not
/// disabled, and its security stamp is the one the cookie or token was issued with (a new stamp,
/// set by a password change, a disable or "sign out everywhere", revokes every earlier one).
/// Read once per account per <see cref="SignInCheckOptions.RecheckInterval"/>, not on every request
/// (docs/performance.md, "Per-request lookups").
/// </summary>
public sealed class SignInCheck(IMemoryCache cache, IOptions<SignInCheckOptions> options, IOptions<IdentityOptions> identity)
{
    private readonly string _stampClaim = identity.Value.ClaimsIdentity.SecurityStampClaimType;

    // db: asked for only when the account must be read (a cache miss).
    public async ValueTask<bool> IsCurrentAsync(ClaimsPrincipal principal, Func<BackPlanDb> db)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return false;
        }

        var stamp = principal.FindFirstValue(_stampClaim);
        var key = Key(userId);
        if (cache.TryGetValue(key, out Account? known) && Accepts(known, stamp))
        {
            return true;
        }

        // Not known, or known to refuse: read again, since the refusal may be out of date (a new
        // password signs in with a new stamp that another instance has not seen yet).
        var account = await db().Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new Account(u.SecurityStamp, u.LockoutEnd)).FirstOrDefaultAsync();
        cache.Set(key, account, options.Value.RecheckInterval);
        return Accepts(account, stamp);
    }

    private static bool Accepts(Account? account, string? stamp) =>
        account is not null && !AccountAccess.IsDisabled(account.LockoutEnd)
        && string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal);

    /// <summary>Reads the account again on its next request (after a change on this instance).</summary>
    public void Forget(string userId) => cache.Remove(Key(userId));

    private static string Key(string userId) => "signin:" + userId;

    private sealed record Account(string? SecurityStamp, DateTimeOffset? LockoutEnd);
}
