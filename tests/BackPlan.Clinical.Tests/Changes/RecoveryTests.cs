using BackPlan.Clinical.Changes;

namespace BackPlan.Clinical.Tests.Changes;

public class RecoveryTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void IsPainFree_Nprs_TrueOnlyAtZero(int nprs, bool expected)
    {
        Assert.Equal(expected, Recovery.IsPainFree(nprs));
    }

    [Theory]
    [InlineData(0, 2, true)]
    [InlineData(0, 3, false)]
    [InlineData(1, 0, false)]
    public void IsRecovered_NprsAndRmdq_NeedsPainZeroAndRmdqAtMost2(int nprs, int rmdq, bool expected)
    {
        Assert.Equal(expected, Recovery.IsRecovered(nprs, rmdq));
    }
}
