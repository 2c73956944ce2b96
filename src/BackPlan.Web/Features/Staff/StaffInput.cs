using System.Net.Mail;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Staff;

/// <summary>What an admin enters to add a staff member with their credentials.</summary>
public sealed class StaffInput
{
    public static readonly IReadOnlyList<string> StaffRoles = [Roles.Practitioner, Roles.FrontDesk, Roles.Admin];

    public string? FullName { get; set; }

    public string? Email { get; set; }

    public string Role { get; set; } = Roles.Practitioner;

    public string? Profession { get; set; }

    public string? LicenceNumber { get; set; }

    public string? IssuingBody { get; set; }

    public DateOnly? LicenceExpiresOn { get; set; }

    /// <summary>A first password the admin hands over; the staff member changes it later.</summary>
    public string? Password { get; set; }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        if (string.IsNullOrWhiteSpace(FullName))
        {
            Add(nameof(FullName), "This field is required.");
        }
        else if (FullName.Trim().Length > 200)
        {
            Add(nameof(FullName), "Use at most 200 characters.");
        }

        if (string.IsNullOrWhiteSpace(Email) || !MailAddress.TryCreate(Email.Trim(), out var parsed) || parsed.Address != Email.Trim())
        {
            Add(nameof(Email), "Enter an email address like name@example.com.");
        }

        if (!StaffRoles.Contains(Role))
        {
            Add(nameof(Role), "Choose Practitioner, FrontDesk or Admin.");
        }

        // A practitioner treats patients, so the clinic must hold their professional credentials.
        if (Role == Roles.Practitioner)
        {
            if (string.IsNullOrWhiteSpace(Profession))
            {
                Add(nameof(Profession), "A practitioner needs a profession.");
            }

            if (string.IsNullOrWhiteSpace(LicenceNumber))
            {
                Add(nameof(LicenceNumber), "A practitioner needs a licence or registration number.");
            }

            if (string.IsNullOrWhiteSpace(IssuingBody))
            {
                Add(nameof(IssuingBody), "A practitioner needs the body that issued the licence.");
            }

            if (LicenceExpiresOn is null)
            {
                Add(nameof(LicenceExpiresOn), "A practitioner needs the licence expiry date.");
            }
        }

        if (string.IsNullOrEmpty(Password) || Password.Length < 10)
        {
            Add(nameof(Password), "Use at least 10 characters, with an upper-case letter, a lower-case letter and a digit.");
        }

        return errors;
    }

    public StaffMember ToStaffMember(string userId, DateTime now) => new()
    {
        UserId = userId,
        FullName = FullName!.Trim(),
        Email = Email!.Trim(),
        Role = Role,
        Profession = Blank(Profession),
        LicenceNumber = Blank(LicenceNumber),
        IssuingBody = Blank(IssuingBody),
        LicenceExpiresOn = LicenceExpiresOn,
        CreatedAt = now,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
