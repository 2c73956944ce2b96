using System.ComponentModel.DataAnnotations.Schema;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// The additive figures of a group of outcome records: counts, sums and sums of squares, from which
/// every proportion and mean of the dashboard follows. Groups add up (<see cref="Add"/>), so the
/// dashboard can take whole months from <see cref="OutcomeAggregate"/> rows and the rest from the records.
/// </summary>
public class OutcomeSums
{
    public int Started { get; set; }

    public int Completed { get; set; }

    public int FollowedUp { get; set; }

    /// <summary>Episodes with a pain baseline (the pain-free share's denominator once every follow-up is due).</summary>
    public int PainBaselines { get; set; }

    public int PainRespN { get; set; }

    public int PainResp { get; set; }

    public int FunctionRespN { get; set; }

    public int FunctionResp { get; set; }

    public int PainRespDischargeN { get; set; }

    public int PainRespDischarge { get; set; }

    public int FunctionRespDischargeN { get; set; }

    public int FunctionRespDischarge { get; set; }

    public int PainWorseN { get; set; }

    public int PainWorse { get; set; }

    public int FunctionWorseN { get; set; }

    public int FunctionWorse { get; set; }

    public int PainFreeN { get; set; }

    public int PainFree { get; set; }

    public int RecoveredN { get; set; }

    public int Recovered { get; set; }

    public int PainN { get; set; }

    public double? PainSum { get; set; }

    public double? PainSq { get; set; }

    public int OdiN { get; set; }

    public double? OdiSum { get; set; }

    public double? OdiSq { get; set; }

    public int RmdqN { get; set; }

    public double? RmdqSum { get; set; }

    public double? RmdqSq { get; set; }

    public int SleepN { get; set; }

    public double? SleepSum { get; set; }

    public double? SleepSq { get; set; }

    public int StressN { get; set; }

    public double? StressSum { get; set; }

    public double? StressSq { get; set; }

    public int PsfsN { get; set; }

    public double? PsfsSum { get; set; }

    public double? PsfsSq { get; set; }

    public double? SessionsSum { get; set; }

    public double? SessionsSq { get; set; }

    public int Attended { get; set; }

    public int Missed { get; set; }

    public int AdherenceN { get; set; }

    public double? AdherenceSum { get; set; }

    public double? AdherenceSq { get; set; }

    public int AdverseN { get; set; }

    public int Adverse { get; set; }

    public int SorenessN { get; set; }

    public int Soreness { get; set; }

    /// <summary>Episodes due for follow-up on the day of reading (not stored: it depends on that day).</summary>
    [NotMapped]
    public int Due { get; set; }

    /// <summary>Due episodes with a pain baseline, on the day of reading (not stored).</summary>
    [NotMapped]
    public int PainDue { get; set; }

    /// <summary>Adds another group's figures to this one.</summary>
    public void Add(OutcomeSums other)
    {
        foreach (var property in OutcomeSumsShape.Counts)
        {
            property.SetValue(this, (int)property.GetValue(this)! + (int)property.GetValue(other)!);
        }

        foreach (var property in OutcomeSumsShape.Sums)
        {
            var mine = (double?)property.GetValue(this);
            var theirs = (double?)property.GetValue(other);
            property.SetValue(this, mine is null && theirs is null ? null : (mine ?? 0) + (theirs ?? 0));
        }
    }
}
