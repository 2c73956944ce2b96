using System.CommandLine;

namespace BackPlan.Cli.Tests;

/// <summary>Runs the <c>backplan</c> command line in the test's process, with what it printed.</summary>
internal static class BackplanCli
{
    public static async Task<(int Exit, string Out, string Error)> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BackPlanCommand.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }
}
