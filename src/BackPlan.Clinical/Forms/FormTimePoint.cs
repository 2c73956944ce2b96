namespace BackPlan.Clinical.Forms;

/// <summary>When in an episode a form is asked for; the same codes as stored questionnaire responses.</summary>
public static class FormTimePoint
{
    public const string Baseline = "baseline";
    public const string PreSession = "pre_session";
    public const string Review = "review";
    public const string Discharge = "discharge";
}
