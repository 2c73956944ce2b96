namespace BackPlan.Web.Features.Patients;

public sealed record PatientSummaryDto(Guid Id, string GivenName, string FamilyName, DateOnly DateOfBirth, string? Email, string? Phone);

public sealed record ConsentDto(bool Given, DateTime? At, string? By);

public sealed record PatientDto(
    Guid Id,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    string? Email,
    string? Phone,
    string? AddressLine,
    string? City,
    string? PostalCode,
    ConsentDto TreatmentConsent,
    ConsentDto DataProcessingConsent,
    DateTime CreatedAt)
{
    public static PatientDto From(Patient p) => new(
        p.Id, p.GivenName, p.FamilyName, p.DateOfBirth, p.Email, p.Phone, p.AddressLine, p.City, p.PostalCode,
        new ConsentDto(p.TreatmentConsentAt is not null, p.TreatmentConsentAt, p.TreatmentConsentBy),
        new ConsentDto(p.DataProcessingConsentAt is not null, p.DataProcessingConsentAt, p.DataProcessingConsentBy),
        p.CreatedAt);
}

public sealed record PageDto<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
