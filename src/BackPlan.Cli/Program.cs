namespace BackPlan.Cli;

/// <summary>
/// The entry point, as a named class: the CLI references BackPlan.Web, whose top-level statements
/// make a global <c>Program</c> of their own.
/// </summary>
internal static class Program
{
    private static Task<int> Main(string[] args) => BackPlanCommand.Create().Parse(args).InvokeAsync();
}
