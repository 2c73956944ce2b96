using BackPlan.Clinical.Changes;
using BackPlan.Clinical.Scoring;
using CsCheck;

namespace BackPlan.Clinical.Tests.Scoring;

public class ScoringPropertyTests
{
    private static readonly string[] KnownCodes =
        [.. Instruments.All.Select(i => i.Code), .. Instruments.All.SelectMany(i => i.Items).Select(i => i.Code)];

    /// <summary>Maps a raw random number onto a valid value of the domain.</summary>
    private static Answer ValidValue(ValueDomain domain, int raw) => domain.Kind switch
    {
        ValueDomain.BooleanKind => new Answer.Boolean(raw % 2 == 1),
        ValueDomain.IntegerKind => new Answer.Number(domain.Min!.Value + (raw % (domain.Max!.Value - domain.Min.Value + 1))),
        _ => new Answer.Number(domain.Min!.Value + (raw % (((domain.Max!.Value - domain.Min.Value) * 10) + 1) / 10m)),
    };

    private static readonly Gen<Answer?> AnyAnswer = Gen.OneOf<Answer?>(
        Gen.Decimal.Select(d => (Answer?)new Answer.Number(d)),
        Gen.Int[-50, 150].Select(i => (Answer?)new Answer.Number(i)),
        Gen.Bool.Select(b => (Answer?)new Answer.Boolean(b)),
        Gen.String.Select(s => (Answer?)new Answer.Text(s)),
        Gen.Const((Answer?)null),
        Gen.Const<Answer?>(Answer.None));

    private static readonly Gen<string> AnyCode = Gen.OneOf(Gen.OneOf(KnownCodes), Gen.String);

    [Fact]
    public void Score_ValidAnswers_ScoreInsideRangeAndCompleteWhenAllAnswered()
    {
        Gen.Select(Gen.Int[0, Instruments.All.Count - 1], Gen.Int[0, 10_000].Array[24], Gen.Bool.Array[24])
            .Sample((index, raws, include) =>
            {
                var instrument = Instruments.All[index];
                var answers = instrument.Items
                    .Where((_, i) => include[i])
                    .ToDictionary(item => item.Code, item => (Answer?)ValidValue(item.Domain, raws[instrument.Items.ToList().IndexOf(item)]));
                var outcome = Scorer.Score(instrument.Code, answers);

                if (answers.Count == 0)
                {
                    return outcome.Errors.ContainsKey("answers");
                }

                var result = outcome.Result!;
                var allAnswered = answers.Count == instrument.Items.Count;
                return result.Answered == answers.Count
                    && (!allAnswered || result.Complete)
                    && (result.Score is not { } score || instrument.Range.Contains(score))
                    && result.Complete == result.Score.HasValue;
            });
    }

    [Fact]
    public void Score_AnyInput_ReturnsResultOrErrorsWithoutThrowing()
    {
        Gen.Select(AnyCode, Gen.Select(AnyCode, AnyAnswer).Array[0, 30], Gen.Select(AnyCode, Gen.String).Array[0, 3])
            .Sample((instrument, answers, labels) =>
            {
                var response = new InstrumentResponse(
                    answers.DistinctBy(a => a.Item1).ToDictionary(a => a.Item1, a => a.Item2),
                    labels.DistinctBy(l => l.Item1).ToDictionary(l => l.Item1, l => l.Item2));
                var outcome = Scorer.Score(instrument, response);
                return outcome.IsValid != (outcome.Errors.Count > 0);
            });
    }

    [Fact]
    public void Compare_AnyScores_ReturnsResultOrErrorsWithoutThrowing()
    {
        Gen.Select(AnyCode, Gen.Decimal.Nullable(), Gen.Decimal.Nullable())
            .Sample((instrument, baseline, followUp) =>
            {
                var outcome = ScoreChange.Compare(instrument, baseline, followUp);
                return outcome.IsValid != (outcome.Errors.Count > 0);
            });
    }

    [Fact]
    public void Compare_ScoresInRange_AreAlwaysValid()
    {
        Gen.Select(Gen.Int[0, Instruments.All.Count - 1], Gen.Double[0, 1], Gen.Double[0, 1])
            .Sample((index, a, b) =>
            {
                var instrument = Instruments.All[index];
                var width = instrument.Range.Max - instrument.Range.Min;
                var baseline = instrument.Range.Min + (width * (decimal)a);
                var followUp = instrument.Range.Min + (width * (decimal)b);
                var result = ScoreChange.Compare(instrument.Code, baseline, followUp).Result!;
                return result.Responder is null || result.Evaluable;
            });
    }
}
