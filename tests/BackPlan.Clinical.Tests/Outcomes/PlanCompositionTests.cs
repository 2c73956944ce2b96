using BackPlan.Clinical.Outcomes;

namespace BackPlan.Clinical.Tests.Outcomes;

public class PlanCompositionTests
{
    [Theory]
    [InlineData("soft_tissue,exercise,education", "combined")]
    [InlineData("soft_tissue,exercise,posture,lifestyle", "combined")]
    [InlineData("soft_tissue,soft_tissue", "soft_tissue_only")]
    [InlineData("soft_tissue,education", "soft_tissue_only")]
    [InlineData("exercise,posture", "exercise_only")]
    [InlineData("exercise", "exercise_only")]
    [InlineData("soft_tissue,exercise", "other")]
    [InlineData("education,referral", "other")]
    [InlineData("", "other")]
    public void Of_ElementKinds_GivesThePreydeArm(string kinds, string expected)
    {
        Assert.Equal(expected, PlanComposition.Of(kinds.Split(',', StringSplitOptions.RemoveEmptyEntries)));
    }
}
