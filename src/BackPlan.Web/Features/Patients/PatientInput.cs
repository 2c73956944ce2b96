using System.Net.Mail;

namespace BackPlan.Web.Features.Patients;

/// <summary>
/// What staff type to register a patient: the API's request body and the form's model. One
/// <see cref="Validate"/> serves both, so the API and the page refuse the same things.
/// </summary>
public sealed class PatientInput
{
    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? AddressLine { get; set; }

    public string? City { get; set; }

    public string? PostalCode { get; set; }

    /// <summary>The patient agrees to assessment and treatment (may be recorded later).</summary>
    public bool ConsentToTreatment { get; set; }

    /// <summary>The patient agrees to their health data being processed; a record needs it.</summary>
    public bool ConsentToDataProcessing { get; set; }

    /// <summary>Property name → messages (English; pages translate them). Empty when valid.</summary>
    public Dictionary<string, string[]> Validate(DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        Text(nameof(GivenName), GivenName, 100, required: true);
        Text(nameof(FamilyName), FamilyName, 100, required: true);
        Text(nameof(AddressLine), AddressLine, 200, required: false);
        Text(nameof(City), City, 100, required: false);
        Text(nameof(PostalCode), PostalCode, 20, required: false);
        if (DateOfBirth is not { } dob)
        {
            Add(nameof(DateOfBirth), "Enter the date of birth.");
        }
        else if (dob > today)
        {
            Add(nameof(DateOfBirth), "The date of birth cannot be in the future.");
        }
        else if (dob < today.AddYears(-120))
        {
            Add(nameof(DateOfBirth), "The date of birth must be within the last 120 years.");
        }

        if (!string.IsNullOrWhiteSpace(Email) && (Email.Length > 254 || !MailAddress.TryCreate(Email.Trim(), out var parsed) || parsed.Address != Email.Trim()))
        {
            Add(nameof(Email), "Enter an email address like name@example.com.");
        }

        if (!string.IsNullOrWhiteSpace(Phone) && (Phone.Length > 40 || !Phone.All(c => char.IsDigit(c) || c is ' ' or '+' or '-' or '(' or ')')))
        {
            Add(nameof(Phone), "Enter a phone number using digits, spaces, +, - and brackets.");
        }

        if (!ConsentToDataProcessing)
        {
            Add(nameof(ConsentToDataProcessing), "A patient record needs the patient's consent to processing their health data.");
        }

        return errors;

        void Text(string field, string? value, int max, bool required)
        {
            if (required && string.IsNullOrWhiteSpace(value))
            {
                Add(field, "This field is required.");
            }
            else if (value?.Trim().Length > max)
            {
                Add(field, $"Use at most {max} characters.");
            }
        }
    }

    public Patient ToPatient(string recordedBy, DateTime now)
    {
        var patient = new Patient
        {
            GivenName = GivenName!.Trim(),
            FamilyName = FamilyName!.Trim(),
            DateOfBirth = DateOfBirth!.Value,
            Email = Blank(Email),
            Phone = Blank(Phone),
            AddressLine = Blank(AddressLine),
            City = Blank(City),
            PostalCode = Blank(PostalCode),
            CreatedAt = now,
            DataProcessingConsentAt = now,
            DataProcessingConsentBy = recordedBy,
            TreatmentConsentAt = ConsentToTreatment ? now : null,
            TreatmentConsentBy = ConsentToTreatment ? recordedBy : null,
        };
        patient.RefreshSearchText();
        return patient;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
