using System.Globalization;
using BackPlan.Clinical.Plans;
using Hl7.Fhir.Model;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// An examination's physical tests and findings as FHIR R4 Observations (category exam), each with
/// the id <c>{examination id}.{test}</c>: the modified Schober and fingertip-to-floor distances in cm,
/// the straight-leg raise on each side (positive or negative) and every finding (plans.md's code,
/// the region and side as the body site, severity 1–3 as the value).
/// </summary>
public static class PhysicalTestResource
{
    /// <summary>BackPlan's code system for the physical tests of its examination.</summary>
    public const string TestSystem = "urn:backplan:physical-test";

    /// <summary>BackPlan's code system for examination findings (plans.md: hypertonicity, reduced_flexion, …).</summary>
    public const string FindingSystem = "urn:backplan:finding";

    public static IReadOnlyCollection<string> Codes { get; } =
        ["schober", "fingertip-floor", "slr-left", "slr-right", .. PlanVocabulary.Findings.Select(f => f.Code)];

    public static IEnumerable<Resource> From(Examinations.Examination exam)
    {
        if (exam.SchoberCm is { } schober)
        {
            yield return Test(exam, "schober", "Modified Schober test", new Quantity(schober, "cm"));
        }

        if (exam.FingertipFloorCm is { } floor)
        {
            yield return Test(exam, "fingertip-floor", "Fingertip-to-floor distance", new Quantity(floor, "cm"));
        }

        if (exam.StraightLegRaiseLeft is { } left)
        {
            yield return Test(exam, "slr-left", "Straight-leg raise, left", new FhirBoolean(left));
        }

        if (exam.StraightLegRaiseRight is { } right)
        {
            yield return Test(exam, "slr-right", "Straight-leg raise, right", new FhirBoolean(right));
        }

        foreach (var (finding, row) in exam.Findings.Select((f, i) => (f, i + 1)))
        {
            var observation = Observation(exam, $"f{row.ToString(CultureInfo.InvariantCulture)}", new CodeableConcept(FindingSystem, finding.Code, PlanVocabulary.Finding(finding.Code)?.Meaning), new Integer(finding.Severity));
            if (finding.Region is { } region)
            {
                observation.BodySite = new CodeableConcept { Text = finding.Side is null ? region : $"{region} ({finding.Side})" };
            }

            yield return observation;
        }
    }

    private static Observation Test(Examinations.Examination exam, string code, string name, DataType value) =>
        Observation(exam, code, new CodeableConcept(TestSystem, code, name), value);

    private static Observation Observation(Examinations.Examination exam, string part, CodeableConcept code, DataType value) => new()
    {
        Id = $"{exam.Id}.{part}",
        Status = ObservationStatus.Final,
        Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "exam", "Exam")],
        Code = code,
        Subject = new ResourceReference($"Patient/{exam.PatientId}"),
        Effective = FhirTime.At(exam.RecordedAt),
        Issued = FhirTime.Offset(exam.UpdatedAt ?? exam.RecordedAt),
        Value = value,
    };
}
