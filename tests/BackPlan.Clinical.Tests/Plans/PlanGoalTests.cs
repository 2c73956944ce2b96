using BackPlan.Clinical.Content;
using static BackPlan.Clinical.Tests.Plans.PlanTestData;

namespace BackPlan.Clinical.Tests.Plans;

/// <summary>Linking PSFS goals to elements (invariant 6) and the keyword rule behind it.</summary>
public class PlanGoalTests
{
    [Theory]
    [InlineData("lift my daughter", "lifting")]
    [InlineData("Lifting boxes at work", "lifting")]
    [InlineData("podnieść wnuka", "lifting")]
    [InlineData("sitting at my desk", "sitting")]
    [InlineData("site visits", "")]
    [InlineData("drive the car", "driving")]
    [InlineData("carry shopping", "carrying")]
    [InlineData("walk the dog", "walking")]
    [InlineData("spacer z psem", "walking")]
    [InlineData("climb stairs", "stairs")]
    [InlineData("put on socks", "dressing")]
    [InlineData("sleep through the night", "sleeping")]
    [InlineData("run a 10k", "running")]
    [InlineData("dig the garden", "gardening")]
    [InlineData("bend over to pick things up", "lifting,bending")]
    [InlineData("knit a scarf", "")]
    public void Match_GoalLabel_FindsItsActivities(string label, string activities)
    {
        Assert.Equal(activities.Split(',', StringSplitOptions.RemoveEmptyEntries), GoalActivities.Match(label));
    }

    [Fact]
    public void Recommend_LiftingGoal_IsServedByElementsForLifting()
    {
        var plan = Recommend(Request(findings: [F("hypertonicity", "quadratus_lumborum", "left")], goals: [new("psfs.1", "lift my daughter")]));

        Assert.Contains(plan.Elements, e => e.Kind == "soft_tissue" && e.Serves.SequenceEqual(["psfs.1"]));
        Assert.Contains(plan.Elements, e => e.Exercise == "bird_dog" && e.Serves.Contains("psfs.1"));
        Assert.DoesNotContain(plan.Elements, e => e.Reason.Contains("goal psfs.1", StringComparison.Ordinal));
    }

    [Fact]
    public void Recommend_GoalNoElementServes_AddsThePreferredExerciseForIt()
    {
        var plan = Recommend(Request(goals: [new("psfs.2", "climb the stairs to my flat")]));

        var stepUps = Assert.Single(plan.Elements, e => e.Exercise == "step_ups");
        Assert.Equal("goal psfs.2 ('climb the stairs to my flat')", stepUps.Reason);
        Assert.Equal(["psfs.2"], stepUps.Serves);
    }

    [Fact]
    public void Recommend_GoalWithNoKnownActivity_IsServedByCoreExerciseAndGradedActivity()
    {
        var plan = Recommend(Request(goals: [new("psfs.1", "knit a scarf")]));

        Assert.Contains(plan.Elements, e => e.Exercise == "bird_dog" && e.Serves.Contains("psfs.1"));
        var graded = Assert.Single(plan.Elements, e => e.Topic == "graded_activity");
        Assert.Equal("self_management", graded.Kind);
        Assert.Equal(["psfs.1"], graded.Serves);
        Assert.Contains("goal psfs.1 ('knit a scarf')", graded.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_SeveralGoals_ListsServedGoalsInGoalOrder()
    {
        var plan = Recommend(Request(findings: [F("low_endurance")], goals: [new("psfs.2", "carry bags"), new("psfs.1", "lift boxes")]));

        Assert.Equal(["psfs.2", "psfs.1"], Assert.Single(plan.Elements, e => e.Exercise == "side_bridge").Serves);
    }

    [Fact]
    public void Recommend_ReferralOnly_LinksNoGoals()
    {
        var plan = Recommend(Request(present: ["rf.saddle_numbness"], goals: [new("psfs.1", "walk")]));

        Assert.Empty(Assert.Single(plan.Elements).Serves);
    }
}
