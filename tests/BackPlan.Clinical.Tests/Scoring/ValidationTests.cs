using BackPlan.Clinical.Scoring;

namespace BackPlan.Clinical.Tests.Scoring;

/// <summary>Every kind of invalid input, for every item of every instrument.</summary>
public class ValidationTests
{
    public static TheoryData<string, string> AllItems()
    {
        var data = new TheoryData<string, string>();
        foreach (var instrument in Instruments.All)
        {
            foreach (var item in instrument.Items)
            {
                data.Add(instrument.Code, item.Code);
            }
        }

        return data;
    }

    /// <summary>Values the item's domain must refuse: wrong type, out of range, and fractions for integers.</summary>
    private static IEnumerable<Answer> BadValues(ValueDomain domain) => domain.Kind switch
    {
        ValueDomain.BooleanKind => [new Answer.Number(1), new Answer.Number(0), new Answer.Text("true"), new Answer.Text("")],
        ValueDomain.IntegerKind => [new Answer.Number(domain.Min!.Value - 1), new Answer.Number(domain.Max!.Value + 1), new Answer.Number(domain.Min!.Value + 0.5m), new Answer.Text("3"), new Answer.Boolean(true)],
        _ => [new Answer.Number(domain.Min!.Value - 0.1m), new Answer.Number(domain.Max!.Value + 0.1m), new Answer.Text("5"), new Answer.Boolean(false)],
    };

    [Theory]
    [MemberData(nameof(AllItems))]
    public void Score_InvalidValue_IsRejectedWithTheDomainMessage(string instrument, string item)
    {
        var domain = Instruments.Find(instrument)!.FindItem(item)!.Domain;
        foreach (var bad in BadValues(domain))
        {
            var outcome = Scorer.Score(instrument, new Dictionary<string, Answer?> { [item] = bad });

            Assert.False(outcome.IsValid);
            Assert.Equal([domain.Requirement], outcome.Errors[item]);
        }
    }

    [Theory]
    [MemberData(nameof(AllItems))]
    public void Score_ValueWithZeroFraction_IsAnIntegerWhereIntegersBelong(string instrument, string item)
    {
        var domain = Instruments.Find(instrument)!.FindItem(item)!.Domain;
        Answer answer = domain.Kind == ValueDomain.BooleanKind ? new Answer.Boolean(false) : new Answer.Number(domain.Max!.Value + 0.0m);

        Assert.True(Scorer.Score(instrument, new Dictionary<string, Answer?> { [item] = answer }).IsValid);
    }

    [Theory]
    [InlineData("nprs")]
    [InlineData("odi")]
    [InlineData("rmdq")]
    [InlineData("sbst")]
    [InlineData("psfs")]
    [InlineData("peg")]
    [InlineData("pss4")]
    [InlineData("sqs")]
    [InlineData("schober")]
    [InlineData("fft")]
    public void Score_UnknownItemAndEmptyAnswers_AreRejected(string instrument)
    {
        var unknown = Scorer.Score(instrument, AnswerSet.Of(($"{instrument}.99", 1), ("other", true)));
        var empty = Scorer.Score(instrument, new Dictionary<string, Answer?>());

        Assert.Equal([$"unknown item for {instrument}"], unknown.Errors[$"{instrument}.99"]);
        Assert.Equal([$"unknown item for {instrument}"], unknown.Errors["other"]);
        Assert.Equal(["no answers given"], empty.Errors["answers"]);
    }

    [Fact]
    public void Score_SeveralBadItems_ReportsAllAtOnce()
    {
        var outcome = Scorer.Score("odi", AnswerSet.Of(("odi.1", 6), ("odi.2", "3"), ("odi.3", 2.5), ("odi.4", true), ("odi.11", 1), ("odi.5", 2)));

        Assert.Equal(["odi.1", "odi.11", "odi.2", "odi.3", "odi.4"], outcome.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["must be an integer from 0 to 5"], outcome.Errors["odi.3"]);
    }

    [Fact]
    public void Score_UnknownInstrument_IsRejected()
    {
        Assert.Equal(["unknown instrument: vas"], Scorer.Score("vas", AnswerSet.Of(("vas.1", 1))).Errors["instrument"]);
    }

    [Fact]
    public void Score_NullResponse_IsRejectedAsEmpty()
    {
        Assert.True(Scorer.Score("odi", (InstrumentResponse)null!).Errors.ContainsKey("answers"));
    }

    [Fact]
    public void Score_FhirStyleMessages_UseInvariantNumbers()
    {
        Assert.Equal("must be a number from -30 to 100", Instruments.Find("fft")!.Items[0].Domain.Requirement);
    }
}
