namespace BackPlan.Web.Features.Outcomes;

/// <summary>The sums one grouped query brings back for the dashboard (a class, so EF can project into it).</summary>
internal sealed class Totals
{
    public int Started { get; init; }

    public int Completed { get; init; }

    public int Due { get; init; }

    public int FollowedUp { get; init; }

    public int PainDue { get; init; }

    public int PainRespN { get; init; }

    public int PainResp { get; init; }

    public int FunctionRespN { get; init; }

    public int FunctionResp { get; init; }

    public int PainRespDischargeN { get; init; }

    public int PainRespDischarge { get; init; }

    public int FunctionRespDischargeN { get; init; }

    public int FunctionRespDischarge { get; init; }

    public int PainWorseN { get; init; }

    public int PainWorse { get; init; }

    public int FunctionWorseN { get; init; }

    public int FunctionWorse { get; init; }

    public int PainFreeN { get; init; }

    public int PainFree { get; init; }

    public int RecoveredN { get; init; }

    public int Recovered { get; init; }

    public int PainN { get; init; }

    public double? PainSum { get; init; }

    public double? PainSq { get; init; }

    public int OdiN { get; init; }

    public double? OdiSum { get; init; }

    public double? OdiSq { get; init; }

    public int RmdqN { get; init; }

    public double? RmdqSum { get; init; }

    public double? RmdqSq { get; init; }

    public int SleepN { get; init; }

    public double? SleepSum { get; init; }

    public double? SleepSq { get; init; }

    public int StressN { get; init; }

    public double? StressSum { get; init; }

    public double? StressSq { get; init; }

    public int PsfsN { get; init; }

    public double? PsfsSum { get; init; }

    public double? PsfsSq { get; init; }

    public double? SessionsSum { get; init; }

    public double? SessionsSq { get; init; }

    public int? Attended { get; init; }

    public int? Missed { get; init; }

    public int AdherenceN { get; init; }

    public double? AdherenceSum { get; init; }

    public double? AdherenceSq { get; init; }

    public int AdverseN { get; init; }

    public int Adverse { get; init; }

    public int SorenessN { get; init; }

    public int Soreness { get; init; }
}
