using BackPlan.Clinical.Outcomes;

namespace BackPlan.Clinical.Tests.Outcomes;

public class BinomialTestTests
{
    // Expected values as given by R's binom.test (same two-sided method).
    [Theory]
    [InlineData(63, 100, 0.5, 0.0120330)]
    [InlineData(10, 20, 0.27, 0.0393010)]
    [InlineData(3, 10, 0.63, 0.0454745)]
    [InlineData(7, 20, 0.63, 0.0178370)]
    public void TwoSided_KnownCases_MatchesExactPValue(int successes, int n, double benchmark, double expected)
    {
        var comparison = BinomialTest.TwoSided(successes, n, benchmark);

        Assert.Equal(expected, comparison.PValue!.Value, tolerance: 1e-6);
        Assert.Equal((double)successes / n, comparison.Proportion!.Value, 12);
    }

    [Fact]
    public void TwoSided_ObservedEqualsBenchmark_IsOne()
    {
        Assert.Equal(1, BinomialTest.TwoSided(63, 100, 0.63).PValue!.Value, 10);
    }

    [Fact]
    public void TwoSided_NoPatients_GivesNullPValue()
    {
        var comparison = BinomialTest.TwoSided(0, 0, 0.63);

        Assert.Null(comparison.PValue);
        Assert.Null(comparison.Proportion);
        Assert.Equal(0.63, comparison.Benchmark);
    }

    [Theory]
    [InlineData(0, 10, 0.0, 1.0)]
    [InlineData(1, 10, 0.0, 0.0)]
    [InlineData(10, 10, 1.0, 1.0)]
    public void TwoSided_DegenerateBenchmark_IsExact(int successes, int n, double benchmark, double expected)
    {
        Assert.Equal(expected, BinomialTest.TwoSided(successes, n, benchmark).PValue);
    }

    [Fact]
    public void TwoSided_LargeSample_DoesNotOverflow()
    {
        var comparison = BinomialTest.TwoSided(5200, 10000, 0.5);

        Assert.InRange(comparison.PValue!.Value, 0.00005, 0.0001);
    }

    [Fact]
    public void TwoSided_BenchmarkOutsideZeroToOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BinomialTest.TwoSided(1, 2, 1.5));
    }
}
