using BackPlan.Web.Data;
using BackPlan.Web.Features.Account;
using Microsoft.AspNetCore.Identity;

namespace BackPlan.Web.Features.Staff;

/// <summary>Creates a staff member: the sign-in, its role and the credentials record, together.</summary>
public sealed class StaffAccounts(BackPlanDb db, UserManager<AppUser> users, TimeProvider time)
{
    /// <summary>Errors by field (empty on success).</summary>
    public async Task<(StaffMember? Member, Dictionary<string, string[]> Errors)> CreateAsync(StaffInput input, Guid clinicId)
    {
        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        if (await users.FindByEmailAsync(input.Email!.Trim()) is not null)
        {
            return (null, new() { [nameof(StaffInput.Email)] = ["Someone already signs in with this email."] });
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = new AppUser
        {
            UserName = input.Email.Trim(),
            Email = input.Email.Trim(),
            EmailConfirmed = true,
            ClinicId = clinicId,
            DisplayName = input.FullName!.Trim(),
        };
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            return (null, new() { [nameof(StaffInput.Password)] = [.. created.Errors.Select(e => e.Description)] });
        }

        await users.AddToRoleAsync(user, input.Role);
        var member = input.ToStaffMember(user.Id, time.GetUtcNow().UtcDateTime);
        member.ClinicId = clinicId;
        db.Staff.Add(member);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return (member, []);
    }
}
