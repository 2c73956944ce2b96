namespace BackPlan.Cli.Tests;

public class CliSmokeTests
{
    [Fact]
    public void Assembly_Loads_HasEntryPoint()
    {
        Assert.NotNull(typeof(Program).Assembly.EntryPoint);
    }
}
