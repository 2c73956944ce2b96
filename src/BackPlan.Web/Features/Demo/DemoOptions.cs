namespace BackPlan.Web.Features.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed the demo clinic on first start with an empty database.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Password for every demo account; a generated one is printed when empty.</summary>
    public string? Password { get; set; }
}
