using BackPlan.Clinical.Plans;
using Hl7.Fhir.Model;
using PlanStatus = BackPlan.Web.Features.Plans.PlanStatus;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// An approved program (a plan version) as a FHIR R4 CarePlan: in force (active) or replaced by a
/// later version (revoked, FHIR's word for a plan ended early, also by a new one); each element an
/// activity with BackPlan's codes, its aim, dosage and the reason for it. Drafts are not served:
/// the patient does not see them either.
/// </summary>
public static class CarePlanResource
{
    /// <summary>BackPlan's code system for plan elements: <c>{kind}</c> or <c>{kind}/{technique, exercise or topic}</c>, as plans.md names them.</summary>
    public const string ElementSystem = "urn:backplan:plan-element";

    public static readonly IReadOnlyDictionary<PlanStatus, RequestStatus> Statuses = new Dictionary<PlanStatus, RequestStatus>
    {
        [PlanStatus.Approved] = RequestStatus.Active,
        [PlanStatus.Superseded] = RequestStatus.Revoked,
    };

    public static CarePlan From(Plans.PlanVersion plan)
    {
        var status = Statuses[plan.Status];
        var resource = new CarePlan
        {
            Id = plan.Id.ToString(),
            Status = status,
            Intent = CarePlan.CarePlanIntent.Plan,
            Title = $"Program, version {plan.Number}",
            Description = plan.PatientGoals,
            Subject = new ResourceReference($"Patient/{plan.PatientId}"),
            Created = FhirTime.Text(plan.ApprovedAt ?? plan.CreatedAt),
            Period = new Period { Start = FhirTime.Text(plan.ApprovedAt ?? plan.CreatedAt) },
            Activity = [.. plan.Elements.Select(e => Activity(e, status))],
        };
        if (plan.Schedule is { } schedule)
        {
            resource.Note.Add(new Annotation { Text = $"Soft tissue course: {schedule.Sessions} sessions over {schedule.Weeks} weeks, {schedule.MinutesPerSession} minutes each." });
        }

        return resource;
    }

    private static CarePlan.ActivityComponent Activity(PlanElement element, RequestStatus plan)
    {
        var what = element.Technique ?? element.Exercise ?? element.Topic;
        var code = new CodeableConcept { Text = what is null ? element.Kind : $"{element.Kind}: {what}" };
        code.Coding.Add(new Coding(ElementSystem, what is null ? element.Kind : $"{element.Kind}/{what}"));
        var detail = new CarePlan.DetailComponent
        {
            Code = code,
            Status = plan == RequestStatus.Active ? CarePlan.CarePlanActivityStatus.InProgress : CarePlan.CarePlanActivityStatus.Stopped,
            Description = string.Join("; ", new[] { element.Aim, Where(element), element.Pressure is { } p ? $"pressure {p}" : null, Amount(element.Dosage) }.Where(s => !string.IsNullOrWhiteSpace(s))),
            ReasonCode = [new CodeableConcept { Text = element.Reason }],
        };
        return new CarePlan.ActivityComponent { Detail = detail };
    }

    private static string? Where(PlanElement element) =>
        element.Region is null ? null : element.Side is null ? element.Region : $"{element.Region} ({element.Side})";

    private static string? Amount(BackPlan.Clinical.Plans.Dosage? dosage) => dosage is null ? null : string.Join(", ", new[]
    {
        dosage.Sets is { } sets ? $"{sets} sets" : null,
        dosage.Reps is { } reps ? $"{reps} repetitions" : null,
        dosage.HoldSeconds is { } hold ? $"hold {hold} s" : null,
        dosage.Minutes is { } minutes ? $"{minutes} minutes" : null,
        dosage.Frequency,
    }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
