using BackPlan.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace BackPlan.Web.Features.Account;

/// <summary>Refuses a common password wherever Identity sets one: staff accounts, invitations, password resets.</summary>
public sealed class CommonPasswordValidator(IStringLocalizer<SharedResource> l) : IPasswordValidator<AppUser>
{
    public const string Code = "PasswordTooCommon";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is { Length: > 0 } && CommonPasswords.IsCommon(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = Code,
                Description = l["This password is one of the most common passwords. Choose one that is harder to guess."],
            })
            : IdentityResult.Success);
}
