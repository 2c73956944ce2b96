using Hl7.Fhir.Model;

namespace BackPlan.Web.Features.Fhir;

/// <summary>The clinic's side as FHIR R4: the clinic as an Organization, its locations, its practitioners.</summary>
public static class ClinicResources
{
    public static Organization Organization(Clinics.Clinic clinic)
    {
        var organization = new Organization { Id = clinic.Id.ToString(), Active = true, Name = clinic.Name };
        Telecom(organization.Telecom, clinic.PublicPhone, clinic.PublicEmail);
        if (!string.IsNullOrWhiteSpace(clinic.PublicWebsite))
        {
            organization.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Url, ContactPoint.ContactPointUse.Work, clinic.PublicWebsite));
        }

        return organization;
    }

    public static Location Location(Clinics.Location location)
    {
        var resource = new Location
        {
            Id = location.Id.ToString(),
            Status = location.Active ? Hl7.Fhir.Model.Location.LocationStatus.Active : Hl7.Fhir.Model.Location.LocationStatus.Inactive,
            Name = location.Name,
            Mode = Hl7.Fhir.Model.Location.LocationMode.Instance,
            ManagingOrganization = new ResourceReference($"Organization/{location.ClinicId}"),
        };
        Telecom(resource.Telecom, location.Phone, null);
        if (!string.IsNullOrWhiteSpace(location.AddressLine) || !string.IsNullOrWhiteSpace(location.City))
        {
            resource.Address = new Address
            {
                Use = Address.AddressUse.Work,
                Line = string.IsNullOrWhiteSpace(location.AddressLine) ? [] : [location.AddressLine],
                City = location.City,
                PostalCode = location.PostalCode,
                Country = location.Country,
            };
        }

        return resource;
    }

    /// <summary>A practitioner with the professional licence as a qualification (number, issuer, valid until).</summary>
    public static Practitioner Practitioner(Staff.StaffMember staff)
    {
        var practitioner = new Practitioner
        {
            Id = staff.Id.ToString(),
            Active = true,
            Name = [new HumanName { Use = HumanName.NameUse.Official, Text = staff.FullName }],
        };
        Telecom(practitioner.Telecom, null, staff.Email);
        if (!string.IsNullOrWhiteSpace(staff.Profession) || !string.IsNullOrWhiteSpace(staff.LicenceNumber))
        {
            var qualification = new Practitioner.QualificationComponent { Code = new CodeableConcept { Text = staff.Profession ?? "Licence" } };
            if (!string.IsNullOrWhiteSpace(staff.LicenceNumber))
            {
                qualification.Identifier = [new Identifier { Value = staff.LicenceNumber, Assigner = staff.IssuingBody is { Length: > 0 } body ? new ResourceReference { Display = body } : null }];
            }

            if (staff.LicenceExpiresOn is { } until)
            {
                qualification.Period = new Period { End = until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
            }

            practitioner.Qualification.Add(qualification);
        }

        return practitioner;
    }

    /// <summary>A practitioner's role at the clinic (same id as the Practitioner): the profession, at the clinic, while the licence is valid.</summary>
    public static PractitionerRole PractitionerRole(Staff.StaffMember staff)
    {
        var role = new PractitionerRole
        {
            Id = staff.Id.ToString(),
            Active = true,
            Practitioner = new ResourceReference($"Practitioner/{staff.Id}", staff.FullName),
            Organization = new ResourceReference($"Organization/{staff.ClinicId}"),
            Code = [new CodeableConcept { Text = staff.Profession ?? "Practitioner" }],
        };
        if (staff.LicenceExpiresOn is { } until)
        {
            role.Period = new Period { End = until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        }

        return role;
    }

    private static void Telecom(List<ContactPoint> telecom, string? phone, string? email)
    {
        if (!string.IsNullOrWhiteSpace(phone))
        {
            telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Work, phone));
        }

        if (!string.IsNullOrWhiteSpace(email))
        {
            telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, ContactPoint.ContactPointUse.Work, email));
        }
    }
}
