namespace BackPlan.Clinical.Scoring;

/// <summary>The licence codes of instruments.md: whether a clinic may send the form to patients freely.</summary>
public static class Licences
{
    public const string Free = "free";
    public const string LicenceRequired = "licence-required";
    public const string CheckTerms = "check-terms";
}
