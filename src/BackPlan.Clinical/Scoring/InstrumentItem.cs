namespace BackPlan.Clinical.Scoring;

/// <summary>
/// One item. <see cref="Description"/> is BackPlan's own short summary for staff, never the
/// validated wording (a licensed clinic imports that as a FHIR Questionnaire keyed by <see cref="Code"/>).
/// </summary>
public sealed record InstrumentItem(string Code, ValueDomain Domain, bool Required, string Description, bool TakesLabel = false);
