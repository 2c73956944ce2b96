using System.Net.Mail;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Staff;

namespace BackPlan.Web.Features.PublicSite;

/// <summary>What an admin edits for the public website: the clinic's public details and each practitioner's.</summary>
public sealed class PublicSiteInput
{
    public string? Description { get; set; }

    public string? Services { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    // A post without any practitioner fields binds null here: keep it an empty list.
    public List<PractitionerInput> Practitioners { get; set => field = value ?? []; } = [];

    public sealed class PractitionerInput
    {
        public Guid Id { get; set; }

        public string? Qualifications { get; set; }

        public string? Bio { get; set; }
    }

    public static PublicSiteInput From(Clinic clinic, IEnumerable<StaffMember> practitioners) => new()
    {
        Description = clinic.PublicDescription,
        Services = clinic.PublicServices,
        Phone = clinic.PublicPhone,
        Email = clinic.PublicEmail,
        Website = clinic.PublicWebsite,
        Practitioners = practitioners.Select(p => new PractitionerInput { Id = p.Id, Qualifications = p.Qualifications, Bio = p.PublicBio }).ToList(),
    };

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        Max(nameof(Description), Description, 2000);
        Max(nameof(Services), Services, 2000);
        if (!string.IsNullOrWhiteSpace(Phone) && (Phone.Length > 40 || !Phone.All(c => char.IsDigit(c) || c is ' ' or '+' or '-' or '(' or ')')))
        {
            Add(nameof(Phone), "Enter a phone number using digits, spaces, +, - and brackets.");
        }

        if (!string.IsNullOrWhiteSpace(Email) && (Email.Length > 254 || !MailAddress.TryCreate(Email.Trim(), out var parsed) || parsed.Address != Email.Trim()))
        {
            Add(nameof(Email), "Enter an email address like name@example.com.");
        }

        if (!string.IsNullOrWhiteSpace(Website)
            && (Website.Length > 300 || !Uri.TryCreate(Website.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            Add(nameof(Website), "Enter a web address starting with https://.");
        }

        foreach (var p in Practitioners)
        {
            if (p.Qualifications?.Trim().Length > 500 || p.Bio?.Trim().Length > 1000)
            {
                Add(nameof(Practitioners), "Qualifications may have at most 500 characters and an introduction 1000.");
            }
        }

        return errors;

        void Max(string field, string? value, int max)
        {
            if (value?.Trim().Length > max)
            {
                Add(field, $"Use at most {max} characters.");
            }
        }
    }

    public void ApplyTo(Clinic clinic, IEnumerable<StaffMember> practitioners)
    {
        clinic.PublicDescription = Blank(Description);
        clinic.PublicServices = Blank(Services);
        clinic.PublicPhone = Blank(Phone);
        clinic.PublicEmail = Blank(Email);
        clinic.PublicWebsite = Blank(Website);
        foreach (var member in practitioners)
        {
            if (Practitioners.FirstOrDefault(p => p.Id == member.Id) is { } p)
            {
                member.Qualifications = Blank(p.Qualifications);
                member.PublicBio = Blank(p.Bio);
            }
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
