using BackPlan.Clinical.Scoring;

namespace BackPlan.Cli.Tests;

public class CsvScoringTests
{
    private static (ScoreSummary Summary, string[] Lines) Run(string instrument, string csv)
    {
        using var output = new StringWriter();
        var summary = CsvScoring.Run(Instruments.Find(instrument)!, new StringReader(csv), output);
        return (summary, output.ToString().Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Run_OdiFile_ScoresPassesIdsThroughAndKeepsBadRows()
    {
        var (summary, lines) = Run("odi", """
            id,odi.1,odi.2,odi.3,odi.4,odi.5,odi.6,odi.7,odi.8,odi.9,odi.10,clinic
            p1,3,1,2,2,1,2,1,,2,2,north
            p2,1,1,1,1,1,1,1,,,,north
            p3,6,x,2,2,1,2,1,1,2,2,south
            """);

        Assert.Null(summary.Failure);
        Assert.Equal("rows: 3, scored: 1, incomplete: 1, errors: 1", summary.ToString());
        Assert.Equal("id,odi.1,odi.2,odi.3,odi.4,odi.5,odi.6,odi.7,odi.8,odi.9,odi.10,clinic,score,band,complete,missing,error", lines[0]);
        Assert.Equal("p1,3,1,2,2,1,2,1,,2,2,north,35.6,moderate,true,odi.8,", lines[1]);
        Assert.Equal("p2,1,1,1,1,1,1,1,,,,north,,,false,odi.8 odi.9 odi.10,", lines[2]);
        Assert.Equal("p3,6,x,2,2,1,2,1,1,2,2,south,,,,,odi.1: must be an integer from 0 to 5; odi.2: must be an integer from 0 to 5", lines[3]);
    }

    [Fact]
    public void Run_RmdqWithYesNoCells_Scores()
    {
        var header = string.Join(',', Enumerable.Range(1, 24).Select(i => $"rmdq.{i}"));
        var row = string.Join(',', Enumerable.Range(1, 24).Select(i => i <= 7 ? "yes" : "0"));

        var (summary, lines) = Run("rmdq", $"{header}\n{row}\n");

        Assert.Equal(1, summary.Scored);
        Assert.StartsWith(row + ",7.0,,true,,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RowWithWrongFieldCount_IsKeptWithError()
    {
        var (summary, lines) = Run("nprs", "id,nprs.current\na,5\nb\n");

        Assert.Equal(1, summary.Errors);
        Assert.Equal("b,,,,,,\"row has 1 fields, the header has 2\"", lines[2]);
    }

    [Fact]
    public void Run_EmptyRow_IsAnErrorNotDropped()
    {
        var (summary, lines) = Run("nprs", "id,nprs.current\na,\n");

        Assert.Equal("rows: 1, scored: 0, incomplete: 0, errors: 1", summary.ToString());
        Assert.EndsWith("answers: no answers given", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id,odi.1,odi.11", "unknown item column for odi: odi.11")]
    [InlineData("id,odi.1,odi.1", "duplicate column: odi.1")]
    [InlineData("id,odi.1,score", "input already has a column named score")]
    [InlineData("id,name", "no item columns for odi (expected e.g. odi.1)")]
    [InlineData("", "the input file is empty")]
    public void Run_UnusableHeader_FailsWithoutWriting(string header, string failure)
    {
        var (summary, lines) = Run("odi", header);

        Assert.Equal(failure, summary.Failure);
        Assert.Empty(lines);
    }
}
