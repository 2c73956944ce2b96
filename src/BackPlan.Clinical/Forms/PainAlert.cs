namespace BackPlan.Clinical.Forms;

/// <summary>When a pain rating needs a clinician's attention (issue 6: a rating of 7 or more, "severe" on the NPRS bands).</summary>
public static class PainAlert
{
    public const decimal Threshold = 7m;

    public static bool IsHigh(decimal? nprs) => nprs >= Threshold;
}
