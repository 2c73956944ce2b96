namespace BackPlan.Clinical.Changes;

/// <summary>Pain-free and recovered, as used in clinic reports (instruments.md; evidence.md §6.3).</summary>
public static class Recovery
{
    /// <summary>Pain-free: current NPRS 0 (nearest equivalent of Preyde 2000's McGill PPI = 0).</summary>
    public static bool IsPainFree(decimal nprsCurrent) => nprsCurrent == 0;

    /// <summary>Recovered (Kamper et al., Eur Spine J 2010): NPRS 0 and RMDQ at most 2.</summary>
    public static bool IsRecovered(decimal nprsCurrent, decimal rmdq) => nprsCurrent == 0 && rmdq <= 2;
}
