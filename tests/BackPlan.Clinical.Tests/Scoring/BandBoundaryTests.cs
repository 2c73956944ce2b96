using BackPlan.Clinical.Scoring;

namespace BackPlan.Clinical.Tests.Scoring;

/// <summary>Both sides of every band boundary of every banded instrument.</summary>
public class BandBoundaryTests
{
    private static string? BandOf(string instrument, Dictionary<string, Answer?> answers) => Scorer.Score(instrument, answers).Result!.Band;

    /// <summary>Ten ODI sections adding up to <paramref name="sum"/> (score = 2 × sum).</summary>
    private static Dictionary<string, Answer?> OdiSum(int sum) =>
        AnswerSet.Numbered("odi", Enumerable.Range(0, 10).Select(i => (decimal?)Math.Clamp(sum - (5 * i), 0, 5)).ToArray());

    [Theory]
    [InlineData(0, "none")]
    [InlineData(1, "mild")]
    [InlineData(3, "mild")]
    [InlineData(4, "moderate")]
    [InlineData(6, "moderate")]
    [InlineData(7, "severe")]
    [InlineData(10, "severe")]
    public void Nprs_Boundaries_GiveBand(int current, string band)
    {
        Assert.Equal(band, BandOf("nprs", AnswerSet.Of(("nprs.current", current))));
    }

    [Theory]
    [InlineData(10, "minimal")]        // 20
    [InlineData(11, "moderate")]       // 22
    [InlineData(20, "moderate")]       // 40
    [InlineData(21, "severe")]         // 42
    [InlineData(30, "severe")]         // 60
    [InlineData(31, "very_severe")]    // 62
    [InlineData(40, "very_severe")]    // 80
    [InlineData(41, "bed_bound")]      // 82
    public void Odi_Boundaries_GiveBand(int sum, string band)
    {
        var result = Scorer.Score("odi", OdiSum(sum)).Result!;

        Assert.Equal(2m * sum, result.Score);
        Assert.Equal(band, result.Band);
    }

    [Fact]
    public void Odi_NineSectionsExactly20_IsMinimal()
    {
        var result = Scorer.Score("odi", AnswerSet.Numbered("odi", 5, 4, 0, 0, 0, 0, 0, null, 0, 0)).Result!;

        Assert.Equal(20.0m, result.Score);
        Assert.Equal("minimal", result.Band);
    }

    [Theory]
    [InlineData(0, "terrible")]
    [InlineData(1, "poor")]
    [InlineData(3, "poor")]
    [InlineData(4, "fair")]
    [InlineData(6, "fair")]
    [InlineData(7, "good")]
    [InlineData(9, "good")]
    [InlineData(10, "excellent")]
    public void Sqs_Boundaries_GiveBand(int value, string band)
    {
        Assert.Equal(band, BandOf("sqs", AnswerSet.Of(("sqs.1", value))));
    }

    [Theory]
    [InlineData(0, "reduced")]
    [InlineData(4.9, "reduced")]
    [InlineData(5, "normal")]
    [InlineData(15, "normal")]
    public void Schober_Boundaries_GiveBand(double cm, string band)
    {
        Assert.Equal(band, BandOf("schober", AnswerSet.Of(("schober.increase_cm", cm))));
    }

    [Theory]
    [InlineData("low", 3, true, true, true, false, false, false, false, false, 0)]
    [InlineData("medium", 4, true, true, true, true, false, false, false, false, 0)]
    [InlineData("medium", 6, true, true, true, false, true, true, true, false, 0)]      // psychosocial 3
    [InlineData("high", 4, false, false, false, false, true, true, true, true, 0)]     // psychosocial 4
    [InlineData("high", 9, true, true, true, true, true, true, true, true, 4)]         // psychosocial 5
    [InlineData("low", 1, false, false, false, false, false, false, false, false, 3)]  // item 9 counts from 3
    public void Sbst_Boundaries_GiveClass(string band, int total, bool i1, bool i2, bool i3, bool i4, bool i5, bool i6, bool i7, bool i8, int i9)
    {
        var answers = AnswerSet.Flags("sbst", i1, i2, i3, i4, i5, i6, i7, i8);
        answers["sbst.9"] = new Answer.Number(i9);
        var result = Scorer.Score("sbst", answers).Result!;

        Assert.Equal(total, result.Score);
        Assert.Equal(band, result.Band);
    }

    // Integer-scored instruments are stepped by 1; the others by 0.1 (ODI percentages, Schober cm).
    [Theory]
    [InlineData("nprs", 1)]
    [InlineData("odi", 0.1)]
    [InlineData("sqs", 1)]
    [InlineData("schober", 0.1)]
    public void Bands_EveryScoreInRange_FallsInExactlyOneBand(string code, double step)
    {
        var instrument = Instruments.Find(code)!;
        for (var score = instrument.Range.Min; score <= instrument.Range.Max; score += (decimal)step)
        {
            Assert.Single(instrument.Bands, b => b.Contains(score));
        }
    }

    [Theory]
    [InlineData("rmdq")]
    [InlineData("psfs")]
    [InlineData("peg")]
    [InlineData("pss4")]
    [InlineData("fft")]
    public void Instrument_WithoutBands_HasNullBand(string instrument)
    {
        var definition = Instruments.Find(instrument)!;
        var answers = definition.Items.ToDictionary(i => i.Code, i => (Answer?)(i.Domain.Kind == ValueDomain.BooleanKind ? new Answer.Boolean(true) : new Answer.Number(i.Domain.Min!.Value)));

        var result = Scorer.Score(instrument, answers).Result!;

        Assert.True(result.Complete);
        Assert.Null(result.Band);
    }
}
