using BackPlan.Clinical.Plans;
using static BackPlan.Clinical.Tests.Plans.PlanTestData;

namespace BackPlan.Clinical.Tests.Plans;

/// <summary>plans.md's dosage table: duration class × STarT Back group, and the radicular shortening.</summary>
public class PlanDosageTests
{
    [Theory]
    [InlineData(10, "low", "acute", 3, 3, 30, 2)]
    [InlineData(40, "low", "subacute", 3, 3, 30, 2)]
    [InlineData(100, "low", "chronic", 3, 3, 30, 2)]
    [InlineData(10, "medium", "acute", 4, 3, 30, 3)]
    [InlineData(40, "medium", "subacute", 6, 4, 45, 4)]
    [InlineData(100, "medium", "chronic", 10, 10, 60, 4)]
    [InlineData(10, "high", "acute", 4, 3, 30, 3)]
    [InlineData(40, "high", "subacute", 6, 4, 45, 3)]
    [InlineData(100, "high", "chronic", 10, 10, 60, 3)]
    [InlineData(27, "medium", "acute", 4, 3, 30, 3)]
    [InlineData(28, "medium", "subacute", 6, 4, 45, 4)]
    [InlineData(83, "medium", "subacute", 6, 4, 45, 4)]
    [InlineData(84, "medium", "chronic", 10, 10, 60, 4)]
    public void Recommend_DurationAndStartBack_GiveTheTableSchedule(int days, string sbst, string duration, int sessions, int weeks, int minutes, int review)
    {
        var plan = Recommend(Request(sbst: sbst, days: days));

        Assert.Equal(duration, plan.DurationClass);
        Assert.Equal(new PlanSchedule(sessions, weeks, minutes), plan.Schedule);
        Assert.Equal(review, plan.ReviewAfterSession);
    }

    [Theory]
    [InlineData(40, "medium", 3)]
    [InlineData(100, "medium", 3)]
    [InlineData(10, "medium", 2)]
    [InlineData(40, "high", 2)]
    [InlineData(40, "low", 2)]
    public void Recommend_RadicularSigns_ReviewOneSessionEarlierButNotBefore2(int days, string sbst, int review)
    {
        var plan = Recommend(Request(sbst: sbst, days: days, findings: [F("radicular_signs", side: "left")]));

        Assert.Equal(review, plan.ReviewAfterSession);
    }

    [Fact]
    public void Recommend_SoftTissueDosage_StatesTheCourse()
    {
        var plan = Recommend(Request(findings: [F("hypertonicity", "lumbar_paraspinals")]));

        Assert.Equal(
            "each session: 6 sessions over 4 weeks, 45 minutes per session with exercise and advice",
            Assert.Single(plan.Elements, e => e.Kind == "soft_tissue").Dosage!.Frequency);
    }

    [Fact]
    public void Recommend_ExerciseDosage_IsTheLibraryDefault()
    {
        var plan = Recommend(Request(findings: [F("low_endurance")]));

        Assert.Equal(new Dosage(3, 6, 8, null, "most days (4-6 days a week)"), Assert.Single(plan.Elements, e => e.Exercise == "curl_up").Dosage);
    }
}
