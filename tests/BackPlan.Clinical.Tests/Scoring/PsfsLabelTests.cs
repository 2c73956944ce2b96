using BackPlan.Clinical.Scoring;

namespace BackPlan.Clinical.Tests.Scoring;

public class PsfsLabelTests
{
    [Fact]
    public void Score_PsfsWithLabels_IsValid()
    {
        var response = new InstrumentResponse(
            AnswerSet.Numbered("psfs", 3, 4),
            new Dictionary<string, string> { ["psfs.1"] = "climbing stairs", ["psfs.2"] = "putting on socks", ["psfs.3"] = "gardening" });

        Assert.Equal(3.5m, Scorer.Score("psfs", response).Result!.Score);
    }

    [Fact]
    public void Score_BadLabels_AreRejectedUnderLabelsKeys()
    {
        var response = new InstrumentResponse(
            AnswerSet.Numbered("psfs", 3),
            new Dictionary<string, string> { ["psfs.1"] = " ", ["psfs.9"] = "x", ["psfs.2"] = new string('a', 201) });

        var outcome = Scorer.Score("psfs", response);

        Assert.Equal(["must be text of 1 to 200 characters"], outcome.Errors["labels.psfs.1"]);
        Assert.Equal(["must be text of 1 to 200 characters"], outcome.Errors["labels.psfs.2"]);
        Assert.Equal(["unknown item for psfs"], outcome.Errors["labels.psfs.9"]);
    }

    [Fact]
    public void Score_LabelOnItemThatTakesNone_IsRejected()
    {
        var response = new InstrumentResponse(AnswerSet.Numbered("odi", 1), new Dictionary<string, string> { ["odi.1"] = "pain" });

        Assert.Equal(["odi.1 does not take a label"], Scorer.Score("odi", response).Errors["labels.odi.1"]);
    }
}
