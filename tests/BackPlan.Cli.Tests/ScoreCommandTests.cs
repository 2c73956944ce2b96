using System.CommandLine;

namespace BackPlan.Cli.Tests;

/// <summary>Runs the real command line parsing against temporary files.</summary>
public sealed class ScoreCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("backplan-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static async Task<(int Exit, string Out, string Error)> Invoke(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BackPlanCommand.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Score_ValidFile_WritesOutputAndPrintsSummary()
    {
        var input = Path.Combine(folder, "in.csv");
        var output = Path.Combine(folder, "out.csv");
        await File.WriteAllTextAsync(input, "id,peg.pain,peg.enjoyment,peg.activity\na,6,5,7\nb,6,,7\nc,11,5,7\n", TestContext.Current.CancellationToken);

        var (exit, stdout, _) = await Invoke("score", "--instrument", "peg", "--in", input, "--out", output);

        Assert.Equal(0, exit);
        Assert.Equal("rows: 3, scored: 1, incomplete: 1, errors: 1", stdout.Trim());
        var lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal("a,6,5,7,6.0,,true,,", lines[1]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task Score_UnknownInstrument_FailsWithMessage()
    {
        var input = Path.Combine(folder, "in.csv");
        await File.WriteAllTextAsync(input, "x\n1\n", TestContext.Current.CancellationToken);

        var (exit, _, error) = await Invoke("score", "--instrument", "vas", "--in", input, "--out", Path.Combine(folder, "out.csv"));

        Assert.NotEqual(0, exit);
        Assert.Contains("Unknown instrument 'vas'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_MissingInputFile_FailsWithMessage()
    {
        var (exit, _, error) = await Invoke("score", "--instrument", "odi", "--in", Path.Combine(folder, "none.csv"), "--out", Path.Combine(folder, "out.csv"));

        Assert.NotEqual(0, exit);
        Assert.Contains("Input file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_UnknownItemColumn_FailsAndLeavesNoOutput()
    {
        var input = Path.Combine(folder, "in.csv");
        var output = Path.Combine(folder, "out.csv");
        await File.WriteAllTextAsync(input, "id,odi.1,odi.12\na,1,2\n", TestContext.Current.CancellationToken);

        var (exit, _, error) = await Invoke("score", "--instrument", "odi", "--in", input, "--out", output);

        Assert.NotEqual(0, exit);
        Assert.Contains("unknown item column for odi: odi.12", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Score_MissingRequiredOption_Fails()
    {
        var (exit, _, _) = await Invoke("score", "--instrument", "odi");

        Assert.NotEqual(0, exit);
    }
}
