namespace BackPlan.Clinical.Screening;

/// <summary>The red flags present (missing items count as not present) and the age if given.</summary>
internal sealed class Findings(IReadOnlySet<string> present, int? age)
{
    public int? Age { get; } = age;

    public bool Has(string code) => present.Contains(code);

    /// <summary>Those of <paramref name="codes"/> that are present.</summary>
    public IReadOnlyList<string> Which(params string[] codes) => codes.Where(present.Contains).ToList();
}
