using System.Net;
using System.Net.Http.Json;
using BackPlan.Web.Features.Disclosures;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Disclosures;

/// <summary>Referral letters and the patient's exports are recorded as disclosures; the patient and staff see them (decision 0041).</summary>
public class DisclosureTests(BackPlanApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReferralLetterAndExport_AreDisclosures_SeenByThePatientAndOnThePatientPage()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var episodeId = await clinic.QueryAsync(async db =>
        {
            var episode = new Episode { PatientId = clinic.PatientId, OnsetDate = new DateOnly(2026, 11, 1), StartedOn = new DateOnly(2026, 11, 20), CreatedAt = DateTime.UtcNow, CreatedBy = "test" };
            db.Episodes.Add(episode);
            await db.SaveChangesAsync(Ct);
            return episode.Id;
        });
        using var therapist = await Browserless.SignedInAsync(app, clinic.PractitionerEmail);
        (await therapist.GetAsync($"/episodes/{episodeId}/referral", Ct)).EnsureSuccessStatusCode();
        (await therapist.GetAsync($"/episodes/{episodeId}/referral", Ct)).EnsureSuccessStatusCode(); // a reload is not a second disclosure
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);
        (await patient.GetAsync("/api/v1/me/export", Ct)).EnsureSuccessStatusCode();

        var list = (await patient.GetFromJsonAsync<List<DisclosureDto>>("/api/v1/me/disclosures", Ct))!;

        Assert.Equal([DisclosureKinds.PatientExport, DisclosureKinds.ReferralLetter], list.Select(d => d.Kind));
        var letter = list[1];
        Assert.Equal(("the patient's doctor", "referral for medical review", "Practitioner"), (letter.Recipient, letter.Purpose, letter.ByRole));
        Assert.Contains("referral letter", letter.What, StringComparison.Ordinal);
        Assert.Equal(("the patient", "Patient"), (list[0].Recipient, list[0].ByRole));
        using var portal = await Browserless.SignedInAsync(app, clinic.PatientEmail);
        Assert.Contains("the patient&#x27;s doctor", await portal.GetStringAsync("/portal/access-log", Ct), StringComparison.Ordinal);
        Assert.Contains("referral for medical review", await therapist.GetStringAsync($"/patients/{clinic.PatientId}", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_ManyPatientsInOneCall_EachSeesOnlyTheirOwn_StaffGet403()
    {
        var clinic = await TestClinic.CreateAsync(app);
        var other = await clinic.RegisterPatientAsync("Bulk", "Exported");
        // The call a FHIR bulk export makes, once per export, with every patient it held.
        await clinic.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<BackPlan.Web.Features.Disclosures.Disclosures>().RecordAsync(
                [clinic.PatientId, other.Id, clinic.PatientId], DisclosureKinds.FhirBulkExport, "Regional registry (FHIR client)", "Patient, EpisodeOfCare, Observation", "quality registry", Ct);
            return 0;
        });

        Assert.Equal(2, await clinic.QueryAsync(db => db.Set<Disclosure>().CountAsync(d => d.Kind == DisclosureKinds.FhirBulkExport, Ct)));
        using var patient = await clinic.ClientAsAsync(clinic.PatientEmail);
        var mine = Assert.Single((await patient.GetFromJsonAsync<List<DisclosureDto>>("/api/v1/me/disclosures", Ct))!);
        Assert.Equal(("Regional registry (FHIR client)", "system"), (mine.Recipient, mine.By));
        using var desk = await clinic.ClientAsAsync(clinic.FrontDeskEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.GetAsync("/api/v1/me/disclosures", Ct)).StatusCode);
    }
}
