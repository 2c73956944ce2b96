using BackPlan.Web.Data;
using BackPlan.Web.Platform.Auditing;
using BackPlan.Web.Platform.Tenancy;
using Hl7.Fhir.Model;

namespace BackPlan.Web.Features.Fhir;

/// <summary>
/// The audit log as FHIR R4 AuditEvents: what was done (BackPlan's action as the subtype; read,
/// create, update or delete), when, by whom (name, role, address), about which patient. Who sees
/// which entries: a clinic's admins all of their clinic's (as the audit log page), a patient every
/// entry about themselves (as their access log, decision 0027), other staff none.
/// </summary>
public static class AuditEventResource
{
    public const string ActionSystem = "urn:backplan:audit-action";

    /// <summary>The entries the caller may see; the clinic's query filter applies on top.</summary>
    public static IQueryable<AuditEntry> Visible(BackPlanDb db) => db.Caller switch
    {
        { IsPatient: true, PatientId: var patient } => db.AuditEntries.Where(a => a.PatientId == patient),
        { Role: Roles.Admin } => db.AuditEntries,
        _ => db.AuditEntries.Where(a => false),
    };

    public static AuditEvent From(AuditEntry entry)
    {
        var resource = new AuditEvent
        {
            Id = entry.Id.ToString(),
            Type = new Coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", "RESTful Operation"),
            Subtype = [new Coding(ActionSystem, entry.Action)],
            Action = ActionOf(entry.Action),
            Recorded = FhirTime.Offset(entry.At),
            Outcome = AuditEvent.AuditEventOutcome.N0,
            Agent =
            [
                new AuditEvent.AgentComponent
                {
                    Who = new ResourceReference { Display = entry.UserName },
                    AltId = entry.UserId,
                    Name = entry.UserName,
                    Role = entry.Role is { } role ? [new CodeableConcept { Text = role }] : [],
                    Requestor = true,
                    Network = entry.ClientIp is { Length: > 0 } ip ? new AuditEvent.NetworkComponent { Address = ip, Type = AuditEvent.AuditEventAgentNetworkType.N2 } : null,
                },
            ],
            Source = new AuditEvent.SourceComponent { Site = "BackPlan", Observer = new ResourceReference($"Organization/{entry.ClinicId}") },
        };
        if (entry.PatientId is not null || entry.Detail is { Length: > 0 })
        {
            resource.Entity.Add(new AuditEvent.EntityComponent
            {
                What = entry.PatientId is { } id ? new ResourceReference($"Patient/{id}") : null,
                Description = entry.Detail,
            });
        }

        return resource;
    }

    /// <summary>Changes are the audit interceptor's <c>Entity.created|modified|deleted</c>; every other action is a read (<see cref="Audit.PatientAccessLog.KindOf"/>).</summary>
    private static AuditEvent.AuditEventAction ActionOf(string action) =>
        action.EndsWith(".created", StringComparison.Ordinal) ? AuditEvent.AuditEventAction.C
        : action.EndsWith(".modified", StringComparison.Ordinal) ? AuditEvent.AuditEventAction.U
        : action.EndsWith(".deleted", StringComparison.Ordinal) ? AuditEvent.AuditEventAction.D
        : AuditEvent.AuditEventAction.R;
}
