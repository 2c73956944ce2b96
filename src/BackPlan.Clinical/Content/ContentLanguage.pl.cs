namespace BackPlan.Clinical.Content;

public static partial class ContentLanguage
{
    // Every "how often" text the libraries prescribe, in Polish. Numbers and the words the
    // adherence count reads ("w tygodniu", "większość dni") match the English meaning.
    private static readonly Dictionary<string, string> PolishFrequencies = new(StringComparer.Ordinal)
    {
        ["daily"] = "codziennie",
        ["most days (4-6 days a week)"] = "większość dni (4–6 dni w tygodniu)",
        ["several times a day, especially after sitting"] = "kilka razy dziennie, zwłaszcza po dłuższym siedzeniu",
        ["every 30-60 minutes of sitting"] = "co 30–60 minut siedzenia",
        ["1-2 walks a day, adding 1-2 minutes every few days"] = "1–2 spacery dziennie, co kilka dni o 1–2 minuty dłużej",
        ["daily, only if it does not stir up leg symptoms"] = "codziennie, tylko jeśli nie nasila objawów w nodze",
        ["once or twice a day, and at bedtime"] = "raz lub dwa razy dziennie oraz przed snem",
        ["daily, or at bedtime"] = "codziennie albo przed snem",
        ["at the first session, then revisited at each review"] = "na pierwszej wizycie, potem powtórnie przy każdej ocenie postępów",
        ["at the first soft tissue session, and when soreness is reported"] = "na pierwszej terapii tkanek miękkich oraz wtedy, gdy pojawi się bolesność",
        ["at the first session, and whenever new symptoms are reported"] = "na pierwszej wizycie oraz zawsze, gdy pojawią się nowe objawy",
        ["when the patient asks, or worries about structural damage"] = "gdy pacjent o to pyta lub obawia się uszkodzenia kręgosłupa",
        ["daily check-ins"] = "codzienne krótkie sprawdzenie postawy",
        ["set up once, check again if symptoms change"] = "ustaw raz, sprawdź ponownie, gdy zmienią się objawy",
        ["every 30-45 minutes of sitting"] = "co 30–45 minut siedzenia",
        ["most days, building up week by week"] = "większość dni, z tygodnia na tydzień trochę więcej",
        ["every night"] = "codziennie przed snem",
        ["planned at the first session, reviewed at each session"] = "planowane na pierwszej wizycie, omawiane na każdej kolejnej",
        ["written with the patient before discharge, kept at home"] = "spisany razem z pacjentem przed zakończeniem terapii, do przechowywania w domu",
        ["daily routine, checked at each session"] = "codzienna rutyna, omawiana na każdej wizycie",
    };

    // The same table read the other way, for a form that showed the Polish words (declared after
    // it in this file, so it is built from the filled table).
    private static readonly Dictionary<string, string> EnglishFrequencies =
        PolishFrequencies.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
}
