namespace BackPlan.Web.Features.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed the demo clinic on first start with an empty database.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Password for every demo account; a generated one is printed when empty.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// Whether the demo clinic keeps records to each patient's care team (decision 0040; on, as for every
    /// clinic). The browser journeys turn it off: they walk the demo therapist through patients another
    /// practitioner treats, and the break-glass flow has tests of its own.
    /// </summary>
    public bool RecordsForCareTeamOnly { get; set; } = true;
}
