using System.Globalization;
using Hl7.Fhir.Model;

namespace BackPlan.Web.Features.Fhir;

/// <summary>A BackPlan patient as a FHIR R4 Patient: the id, name, birth date, email, phone and address.</summary>
public static class PatientResource
{
    public static Patient From(Patients.Patient patient)
    {
        var resource = new Patient
        {
            Id = patient.Id.ToString(),
            Active = true,
            Name = [new HumanName { Use = HumanName.NameUse.Official, Family = patient.FamilyName, Given = [patient.GivenName] }],
            BirthDate = patient.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (!string.IsNullOrWhiteSpace(patient.Email))
        {
            resource.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, ContactPoint.ContactPointUse.Home, patient.Email));
        }

        if (!string.IsNullOrWhiteSpace(patient.Phone))
        {
            resource.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Mobile, patient.Phone));
        }

        if (!string.IsNullOrWhiteSpace(patient.AddressLine) || !string.IsNullOrWhiteSpace(patient.City) || !string.IsNullOrWhiteSpace(patient.PostalCode))
        {
            resource.Address.Add(new Address
            {
                Use = Address.AddressUse.Home,
                Line = string.IsNullOrWhiteSpace(patient.AddressLine) ? [] : [patient.AddressLine],
                City = patient.City,
                PostalCode = patient.PostalCode,
            });
        }

        return resource;
    }
}
