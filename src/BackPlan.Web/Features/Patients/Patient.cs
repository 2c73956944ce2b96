using System.Globalization;
using BackPlan.Web.Platform.Tenancy;

namespace BackPlan.Web.Features.Patients;

public sealed class Patient : IPatientOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    Guid IPatientOwned.OwnerPatientId => Id;

    public required string GivenName { get; set; }

    public required string FamilyName { get; set; }

    public DateOnly DateOfBirth { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? AddressLine { get; set; }

    public string? City { get; set; }

    public string? PostalCode { get; set; }

    /// <summary>Lower-case name, email and phone, so search is case-insensitive on both databases.</summary>
    public string SearchText { get; private set; } = "";

    public DateTime? TreatmentConsentAt { get; set; }

    public string? TreatmentConsentBy { get; set; }

    public DateTime? DataProcessingConsentAt { get; set; }

    public string? DataProcessingConsentBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public string FullName => $"{GivenName} {FamilyName}";

    public int AgeOn(DateOnly today)
    {
        var age = today.Year - DateOfBirth.Year;
        return DateOfBirth.AddYears(age) > today ? age - 1 : age;
    }

    public void RefreshSearchText() =>
        SearchText = string.Join(' ', GivenName, FamilyName, Email, Phone).ToLower(CultureInfo.InvariantCulture);

    public static string NormaliseSearch(string term) => term.Trim().ToLower(CultureInfo.InvariantCulture);
}
