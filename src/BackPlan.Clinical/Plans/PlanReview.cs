using System.Globalization;
using BackPlan.Clinical.Changes;

namespace BackPlan.Clinical.Plans;

/// <summary>
/// The scores at a review point. Pain is <c>nprs</c>; function is <see cref="FunctionInstrument"/>
/// (<c>odi</c> or <c>rmdq</c>, whichever was baselined). Either pair may be left out, not both.
/// <see cref="PreviousNonResponses"/> counts the consecutive reviews just before this one at which
/// the patient responded on neither (0 at the first review). <see cref="NewRedFlag"/> is true when
/// a new red flag has been reported since the last review; <see cref="AtPlannedEnd"/> when this is
/// the last planned session.
/// </summary>
public sealed record ReviewInput(
    decimal? NprsBaseline,
    decimal? NprsLatest,
    string? FunctionInstrument,
    decimal? FunctionBaseline,
    decimal? FunctionLatest,
    int PreviousNonResponses = 0,
    bool NewRedFlag = false,
    bool AtPlannedEnd = false);

/// <summary>The review outcome (continue, revise or refer), the reasons in words and the change results used.</summary>
public sealed record ReviewDecision(string Outcome, IReadOnlyList<string> Reasons, IReadOnlyList<ChangeResult> Changes);

/// <summary>
/// Stepped care at a review point (plans.md "Review"), with the responder rules of instruments.md
/// via <see cref="ScoreChange.Compare"/>: a new red flag or deterioration on either measure → refer;
/// responder on pain or function → continue (at the planned end: discharge with a self-management
/// plan); neither → revise at the first such review, refer at the second in a row. When no measure
/// is evaluable (baseline below the floor) and none deteriorated, response cannot be judged: the
/// outcome is continue, with a reason saying so.
/// </summary>
public static class PlanReview
{
    public const string Continue = "continue";
    public const string Revise = "revise";
    public const string Refer = "refer";

    public static IReadOnlyList<string> FunctionInstruments { get; } = ["odi", "rmdq"];

    public static Validated<ReviewDecision> Decide(ReviewInput input)
    {
        var errors = new ValidationErrors();
        if (input is null)
        {
            errors.Add("input", "required");
            return errors.Invalid<ReviewDecision>();
        }

        var changes = new List<ChangeResult>();
        var hasPain = input.NprsBaseline is not null || input.NprsLatest is not null;
        var hasFunction = input.FunctionInstrument is not null || input.FunctionBaseline is not null || input.FunctionLatest is not null;
        if (!hasPain && !hasFunction)
        {
            errors.Add("scores", "give nprs or function (odi or rmdq) baseline and latest scores");
        }

        if (hasPain)
        {
            Compare("nprs", "nprs", input.NprsBaseline, input.NprsLatest, changes, errors);
        }

        if (hasFunction)
        {
            if (input.FunctionInstrument is null || !FunctionInstruments.Contains(input.FunctionInstrument))
            {
                errors.Add("functionInstrument", "must be odi or rmdq");
            }
            else
            {
                Compare("function", input.FunctionInstrument, input.FunctionBaseline, input.FunctionLatest, changes, errors);
            }
        }

        if (input.PreviousNonResponses < 0)
        {
            errors.Add("previousNonResponses", "must be 0 or more");
        }

        return errors.Any ? errors.Invalid<ReviewDecision>() : Validated.Valid(Judge(input, changes));
    }

    private static void Compare(string field, string instrument, decimal? baseline, decimal? latest, List<ChangeResult> changes, ValidationErrors errors)
    {
        var outcome = ScoreChange.Compare(instrument, baseline, latest);
        if (outcome.Result is { } result)
        {
            changes.Add(result);
            return;
        }

        foreach (var (key, messages) in outcome.Errors)
        {
            var name = key == "followUp" ? "Latest" : "Baseline";
            foreach (var message in messages)
            {
                errors.Add(field == "nprs" ? $"nprs{name}" : $"function{name}", message);
            }
        }
    }

    private static ReviewDecision Judge(ReviewInput input, List<ChangeResult> changes)
    {
        var reasons = new List<string>();
        if (input.NewRedFlag)
        {
            reasons.Add("a new red flag was reported: recommend medical review");
        }

        foreach (var c in changes.Where(c => c.Deteriorated == true))
        {
            reasons.Add(Say(c, "deteriorated") + ": recommend medical review");
        }

        if (reasons.Count > 0)
        {
            return new ReviewDecision(Refer, reasons, changes);
        }

        var responders = changes.Where(c => c.Responder == true).ToList();
        if (responders.Count > 0)
        {
            reasons.AddRange(responders.Select(c => Say(c, "responder")));
            reasons.Add(input.AtPlannedEnd
                ? "planned end reached: discharge with a self-management plan"
                : "continue the plan");
            return new ReviewDecision(Continue, reasons, changes);
        }

        if (changes.All(c => !c.Evaluable))
        {
            reasons.AddRange(changes.Select(c => $"{c.Instrument}: baseline too low to judge response ({c.Rule})"));
            reasons.Add("continue and judge progress clinically");
            return new ReviewDecision(Continue, reasons, changes);
        }

        reasons.AddRange(changes.Select(c => Say(c, c.Evaluable ? "not a responder" : "not evaluable")));
        if (input.PreviousNonResponses == 0)
        {
            reasons.Add("first review without response: revise the technique mix or dose");
            return new ReviewDecision(Revise, reasons, changes);
        }

        reasons.Add(string.Create(CultureInfo.InvariantCulture,
            $"no response at {input.PreviousNonResponses + 1} consecutive reviews: recommend medical review"));
        return new ReviewDecision(Refer, reasons, changes);
    }

    private static string Say(ChangeResult c, string verdict) => string.Create(CultureInfo.InvariantCulture,
        $"{c.Instrument} {verdict} (change {c.Change}{(c.PercentChange is { } p ? $", {p} %" : "")}; rule: {c.Rule})");
}
