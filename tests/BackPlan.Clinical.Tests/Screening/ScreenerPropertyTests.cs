using BackPlan.Clinical.Screening;
using CsCheck;

namespace BackPlan.Clinical.Tests.Screening;

public class ScreenerPropertyTests
{
    private static readonly string[] KnownCodes =
        [.. RedFlags.Items.Select(i => i.Code), .. Contraindications.Items.Select(i => i.Code)];

    private static readonly Gen<Answer?> AnyAnswer = Gen.OneOf<Answer?>(
        Gen.Bool.Select(b => (Answer?)new Answer.Boolean(b)),
        Gen.Decimal.Select(d => (Answer?)new Answer.Number(d)),
        Gen.String.Select(s => (Answer?)new Answer.Text(s)),
        Gen.Const((Answer?)null),
        Gen.Const<Answer?>(Answer.None));

    [Fact]
    public void Evaluate_AnyInput_ReturnsResultOrErrorsWithoutThrowing()
    {
        var code = Gen.OneOf(Gen.OneOf(KnownCodes), Gen.String);
        Gen.Select(Gen.Int[-1000, 1000].Nullable(), Gen.Select(code, AnyAnswer).Array[0, 40])
            .Sample((age, answers) =>
            {
                var input = new ScreeningInput(age, answers.DistinctBy(a => a.Item1).ToDictionary(a => a.Item1, a => a.Item2));
                var outcome = Screener.Evaluate(input);
                return outcome.IsValid != (outcome.Errors.Count > 0);
            });
    }

    [Fact]
    public void Evaluate_ValidInput_UrgencyIsHighestRuleAndRulesAreOrdered()
    {
        Gen.Select(Gen.Int[16, 120].Nullable(), Gen.Bool.Array[KnownCodes.Length])
            .Sample((age, flags) =>
            {
                var answers = KnownCodes.Select((c, i) => (c, flags[i])).ToDictionary(p => p.c, p => (Answer?)new Answer.Boolean(p.Item2));
                var result = Screener.Evaluate(new ScreeningInput(age, answers)).Result!;
                var ranks = result.Rules.Select(r => Urgency.Rank(r.Level)).ToList();
                return ranks.SequenceEqual(ranks.OrderDescending())
                    && Urgency.Rank(result.Urgency) == (ranks.Count > 0 ? ranks[0] : 0)
                    && result.Rules.All(r => r.Because.Count > 0 && r.Because.All(b => answers[b] is Answer.Boolean { Value: true }))
                    && (!Urgency.BlocksTreatment(result.Urgency) || !result.MayTreat);
            });
    }
}
