using System.Text.Json;
using BackPlan.Clinical.Plans;
using BackPlan.Clinical.Screening;
using CsCheck;

namespace BackPlan.Clinical.Tests.Plans;

/// <summary>Random valid plan requests for the property tests.</summary>
public static class PlanGenerators
{
    public static readonly string[] ScreeningCodes =
        [.. RedFlags.Items.Select(i => i.Code), .. Contraindications.Items.Select(i => i.Code)];

    public static readonly string[] Labels =
    [
        "lift my daughter", "bend to tie my shoes", "sit through a film", "walk the dog for an hour",
        "run 5 km", "carry the shopping", "dig the garden", "drive to work", "sleep through the night",
        "climb the stairs", "put on my socks", "vacuum the house", "reach the top shelf", "play golf",
        "podnieść wnuka", "siedzieć przy biurku", "spacer z psem", "knit a scarf", "paint", "stand at a concert",
    ];

    public static readonly Gen<PlanFinding> Finding =
        from info in Gen.OneOf(PlanVocabulary.Findings.ToArray())
        from region in info.Region == Applies.No ? Gen.Const((string?)null) : Gen.OneOf(PlanVocabulary.Regions.Select(r => (string?)r.Code).ToArray())
        from side in info.Side == Applies.No ? Gen.Const((string?)null) : Gen.OneOf((string?)null, "left", "right", "bilateral")
        from severity in Gen.Int[1, 3]
        select new PlanFinding(info.Code, region, side, severity);

    public static readonly Gen<PlanGoal[]> Goals =
        from labels in Gen.OneOf(Gen.OneOf(Labels), Gen.Char["abcdefghijklmnopqrstuvwxyz ąęłśż"].Array[1, 30].Select(c => new string(c))).Array[0, 5]
        select labels
            .Select((l, i) => new PlanGoal($"psfs.{i + 1}", string.IsNullOrWhiteSpace(l) ? "walk" : l))
            .ToArray();

    public static readonly Gen<Dictionary<string, Answer?>> Answers =
        from codes in Gen.OneOf(ScreeningCodes).Array[0, 4]
        select codes.Distinct().ToDictionary(c => c, _ => (Answer?)new Answer.Boolean(true));

    /// <summary>Any valid request; <paramref name="alsoPresent"/> adds screening answers to every sample.</summary>
    public static Gen<PlanRequest> Requests(params string[] alsoPresent) =>
        from onsetDays in Gen.Int[0, 2000]
        from lengthDays in Gen.Int[0, 400]
        from sbst in Gen.OneOf("low", "medium", "high")
        from age in Gen.Int[16, 120].Nullable()
        from answers in Answers
        from findings in Finding.Array[0, 7]
        from goals in Goals
        let onset = new DateOnly(2020, 1, 1).AddDays(onsetDays)
        select new PlanRequest(
            onset,
            onset.AddDays(lengthDays),
            sbst,
            new ScreeningInput(age, answers.Concat(alsoPresent.Where(c => !answers.ContainsKey(c)).Select(c => KeyValuePair.Create(c, (Answer?)new Answer.Boolean(true)))).ToDictionary()),
            findings,
            goals);

    public static string Print(PlanRequest request) => JsonSerializer.Serialize(request, PlanTestData.Web);
}
