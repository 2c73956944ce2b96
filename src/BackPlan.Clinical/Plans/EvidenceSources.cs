namespace BackPlan.Clinical.Plans;

/// <summary>A source a plan element cites: its key, a short citation and where evidence.md discusses it.</summary>
public sealed record EvidenceSource(string Key, string Citation, string Section);

/// <summary>
/// Keys into evidence.md's Sources list. evidence.md lists sources without keys, so BackPlan
/// derives them: first author's surname and year for papers and author-led guidelines
/// (<c>preyde2000</c>, <c>qaseem2017</c>); issuing body and number for numbered guidance
/// (<c>nice-ng59</c>); body and year otherwise (<c>kngf2021</c>); <c>nccih</c> for the fact sheet.
/// </summary>
public static class EvidenceSources
{
    public const string Preyde2000 = "preyde2000";
    public const string Furlan2015 = "furlan2015";
    public const string Cherkin2011 = "cherkin2011";
    public const string Hidalgo2014 = "hidalgo2014";
    public const string NiceNg59 = "nice-ng59";
    public const string Qaseem2017 = "qaseem2017";
    public const string George2021 = "george2021";
    public const string Kngf2021 = "kngf2021";
    public const string Foster2018 = "foster2018";
    public const string Hill2011 = "hill2011";
    public const string Finucane2020 = "finucane2020";
    public const string Nccih = "nccih";
    public const string Batavia2004 = "batavia2004";
    public const string Cambron2007 = "cambron2007";
    public const string Stratford1995 = "stratford1995";
    public const string Ostelo2008 = "ostelo2008";

    public static IReadOnlyList<EvidenceSource> All { get; } =
    [
        new(Preyde2000, "Preyde M. Effectiveness of massage therapy for subacute low-back pain: a randomized controlled trial. CMAJ 2000;162(13):1815-20.", "§1, §7, §8"),
        new(Furlan2015, "Furlan AD et al. Massage for low-back pain. Cochrane Database Syst Rev 2015;(9):CD001929.", "§2.1"),
        new(Cherkin2011, "Cherkin DC et al. A comparison of the effects of 2 types of massage and usual care on chronic low back pain. Ann Intern Med 2011;155(1):1-9.", "§7"),
        new(Hidalgo2014, "Hidalgo B et al. The efficacy of manual therapy and exercise for different stages of non-specific low back pain. J Man Manip Ther 2014;22(2):59-74.", "§8"),
        new(NiceNg59, "NICE NG59. Low back pain and sciatica in over 16s: assessment and management (2016, updated 2020).", "§3.1, §8"),
        new(Qaseem2017, "Qaseem A et al. Noninvasive treatments for acute, subacute, and chronic low back pain: ACP guideline. Ann Intern Med 2017;166(7):514-30.", "§3.2"),
        new(George2021, "George SZ et al. Interventions for the management of acute and chronic low back pain: revision 2021. J Orthop Sports Phys Ther 2021;51(11):CPG1-CPG60.", "§3.3"),
        new(Kngf2021, "KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021), module C.4.2 Massage.", "§3.3"),
        new(Foster2018, "Foster NE et al. Prevention and treatment of low back pain: evidence, challenges, and promising directions. Lancet 2018;391:2368-83.", "§3.3"),
        new(Hill2011, "Hill JC et al. Comparison of stratified primary care management for low back pain with current best practice (STarT Back). Lancet 2011;378:1560-71.", "§5.4"),
        new(Finucane2020, "Finucane LM et al. International framework for red flags for potential serious spinal pathologies. J Orthop Sports Phys Ther 2020;50(7):350-72.", "§4.1, §4.2"),
        new(Nccih, "NCCIH. Massage therapy: what you need to know (safety section).", "§4.3"),
        new(Batavia2004, "Batavia M. Contraindications for therapeutic massage: do sources agree? J Bodyw Mov Ther 2004;8(1):48-57.", "§4.3"),
        new(Cambron2007, "Cambron JA et al. Side-effects of massage therapy: a cross-sectional study of 100 clients. J Altern Complement Med 2007;13(8):793-6.", "§4.3"),
        new(Stratford1995, "Stratford P et al. Assessing disability and change on individual patients: a report of a patient specific measure. Physiotherapy Canada 1995;47:258-63.", "§5.5"),
        new(Ostelo2008, "Ostelo RWJG et al. Interpreting change scores for pain and functional status in low back pain. Spine 2008;33(1):90-4.", "§6"),
    ];

    public static bool IsKnown(string? key) => All.Any(s => s.Key == key);
}
