using BackPlan.Clinical.Scoring;

namespace BackPlan.Clinical.Tests.Scoring;

public class AnswerTextTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("Yes", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("no", false)]
    [InlineData(" 0 ", false)]
    public void Parse_BooleanItem_AcceptsTrueFalseYesNoOneZero(string cell, bool expected)
    {
        Assert.Equal(new Answer.Boolean(expected), AnswerText.Parse(cell, ValueDomain.TrueOrFalse));
    }

    [Theory]
    [InlineData("y")]
    [InlineData("2")]
    [InlineData("ja")]
    public void Parse_BooleanItemOtherText_StaysText(string cell)
    {
        Assert.Equal(new Answer.Text(cell), AnswerText.Parse(cell, ValueDomain.TrueOrFalse));
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("3.0", 3)]
    [InlineData("-12.5", -12.5)]
    [InlineData(" 7 ", 7)]
    public void Parse_NumberItem_UsesInvariantCulture(string cell, double expected)
    {
        Assert.Equal(new Answer.Number((decimal)expected), AnswerText.Parse(cell, ValueDomain.NumberRange(-30, 100)));
    }

    [Theory]
    [InlineData("3,5")]
    [InlineData("1,000")]
    [InlineData("1e2")]
    [InlineData("true")]
    public void Parse_NumberItemNotAPlainNumber_StaysText(string cell)
    {
        Assert.Equal(new Answer.Text(cell), AnswerText.Parse(cell, ValueDomain.IntegerRange(0, 5)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_EmptyCell_IsNotAnswered(string? cell)
    {
        Assert.Null(AnswerText.Parse(cell, ValueDomain.IntegerRange(0, 5)));
    }
}
