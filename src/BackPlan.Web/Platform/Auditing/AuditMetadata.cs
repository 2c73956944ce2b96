namespace BackPlan.Web.Platform.Auditing;

/// <summary>
/// Marks an endpoint or page that shows patient data: a successful request writes an audit entry
/// with <see cref="Action"/> and the patient id from the route value <see cref="RouteKey"/>
/// (none for lists). Every API endpoint and every signed-in page must carry this or
/// <see cref="NoPatientDataAttribute"/>; a test fails otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AuditsPatientDataAttribute(string action, string? routeKey = "id", RouteIdKind idKind = RouteIdKind.Patient) : Attribute
{
    public string Action { get; } = action;

    public string? RouteKey { get; } = routeKey;

    /// <summary>What the route id names; the audit entry always records the patient it belongs to.</summary>
    public RouteIdKind IdKind { get; } = idKind;
}

public enum RouteIdKind
{
    Patient,
    Episode,
    PlanVersion,
    Appointment,

    /// <summary>A scored questionnaire (served as a FHIR Observation).</summary>
    QuestionnaireResponse,

    /// <summary>A website inquiry: its patient once converted; the entry's detail names the inquiry.</summary>
    Inquiry,

    /// <summary>A FHIR Observation: a scored questionnaire, an examination's test (<c>{examination id}.{test}</c>) or a post-session check.</summary>
    Observation,

    /// <summary>A session note, or one of its techniques (a FHIR Procedure, <c>{note id}.{row}</c>).</summary>
    SessionNote,

    /// <summary>An audit entry (a FHIR AuditEvent): the patient it is about.</summary>
    AuditEntry,
}

/// <summary>Declares that an endpoint or page shows no patient data, so it writes no read audit.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class NoPatientDataAttribute : Attribute;

public static class AuditEndpointExtensions
{
    public static TBuilder AuditsPatientData<TBuilder>(this TBuilder builder, string action, string? routeKey = "id", RouteIdKind idKind = RouteIdKind.Patient)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AuditsPatientDataAttribute(action, routeKey, idKind));

    public static TBuilder HasNoPatientData<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new NoPatientDataAttribute());
}
