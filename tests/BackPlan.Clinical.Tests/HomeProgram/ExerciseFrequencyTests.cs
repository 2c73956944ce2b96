using BackPlan.Clinical.Content;
using BackPlan.Clinical.HomeProgram;

namespace BackPlan.Clinical.Tests.HomeProgram;

public class ExerciseFrequencyTests
{
    [Theory]
    [InlineData("daily", 7)]
    [InlineData("most days (4-6 days a week)", 4)]
    [InlineData("most days", 4)]
    [InlineData("3 times a week", 3)]
    [InlineData("3x per week", 3)]
    [InlineData("2–3 days a week", 2)]
    [InlineData("twice a week", 2)]
    [InlineData("once a week", 1)]
    [InlineData("every other day", 3.5)]
    [InlineData("3 razy w tygodniu", 3)]
    [InlineData("codziennie", 7)]
    [InlineData("every 30-60 minutes of sitting", 7)]
    [InlineData("1-2 walks a day, adding 1-2 minutes every few days", 7)]
    [InlineData("", 7)]
    [InlineData("10 times a week", 7)]
    public void DaysPerWeek_Words_ReadAsDaysAWeek(string frequency, double expected)
    {
        Assert.Equal((decimal)expected, ExerciseFrequency.DaysPerWeek(frequency));
    }

    [Fact]
    public void DaysPerWeek_EveryLibraryExercise_IsBetweenOneAndSeven()
    {
        Assert.All(ExerciseLibrary.All, e => Assert.InRange(ExerciseFrequency.DaysPerWeek(e.Dosage.Frequency), 1m, 7m));
    }
}
