using System.Globalization;

namespace BackPlan.Clinical.Content;

/// <summary>
/// An everyday activity a PSFS goal can name, the words that recognise it in a goal label
/// (English, and Polish stems since patients may write goals in Polish) and the exercises to
/// add, in order of preference, when no element of the plan serves it yet.
/// </summary>
public sealed record GoalActivity(string Code, IReadOnlyList<string> Keywords, IReadOnlyList<string> Exercises);

/// <summary>
/// Links PSFS goal labels to activities. A label is split into words (letters only, lower case,
/// invariant culture); a keyword of 4 or more letters matches any word that starts with it
/// ("lift" matches "lifting"), a shorter keyword only the whole word ("sit", "car", "run").
/// </summary>
public static class GoalActivities
{
    public static IReadOnlyList<GoalActivity> All { get; } =
    [
        new("lifting", ["lift", "pick", "raise", "hoist", "podnie", "podnos", "dźwig", "unie", "unos"], ["hip_hinge", "graded_lifting", "glute_bridge"]),
        new("bending", ["bend", "stoop", "kneel", "floor", "schyl", "pochyl", "skłon", "klęk"], ["hip_hinge", "cat_camel", "hamstring_stretch"]),
        new("sitting", ["sit", "sits", "sitting", "seat", "seated", "desk", "computer", "cinema", "siedz", "siad", "usiąś", "usiad"], ["posture_reset", "sit_to_stand", "standing_back_extension"]),
        new("standing", ["stand", "queue", "cook", "stać", "stoj", "stani"], ["glute_bridge", "side_bridge", "hip_flexor_stretch"]),
        new("walking", ["walk", "hike", "hiking", "stroll", "dog", "dogs", "chodz", "spacer", "wędr", "iść", "pójś"], ["graded_walking", "hip_flexor_stretch", "glute_bridge"]),
        new("running", ["run", "runs", "running", "jog", "jogging", "sprint", "marathon", "bieg"], ["graded_walking", "step_ups", "side_bridge"]),
        new("carrying", ["carr", "bag", "bags", "shopping", "groceries", "nosi", "nosz", "nieś", "zakup", "torb"], ["loaded_carry", "side_bridge", "graded_lifting"]),
        new("gardening", ["garden", "dig", "digging", "mow", "mowing", "weed", "rake", "ogród", "ogrod", "grząd", "kopa", "kosi", "plew"], ["hip_hinge", "graded_lifting", "bird_dog"]),
        new("driving", ["driv", "car", "cars", "commut", "jazd", "prowadz", "samoch"], ["thoracic_rotation", "posture_reset", "lumbar_rotation"]),
        new("sleeping", ["sleep", "slept", "bed", "lying", "night", "spać", "śpi", "spani", "łóżk", "noc"], ["diaphragmatic_breathing", "progressive_relaxation", "lumbar_rotation"]),
        new("stairs", ["stair", "step", "steps", "climb", "hill", "hills", "schod", "wchodz", "wspin"], ["step_ups", "glute_bridge", "sit_to_stand"]),
        new("dressing", ["dress", "sock", "socks", "shoe", "shoes", "tights", "ubier", "ubra", "skarpet", "buty", "butów"], ["knee_to_chest", "hamstring_stretch", "hip_hinge"]),
        new("housework", ["hoover", "vacuum", "clean", "housework", "chore", "laundry", "wash", "iron", "ironing", "sprząt", "odkurz", "prani", "prać", "zmyw"], ["hip_hinge", "bird_dog", "graded_lifting"]),
        new("reaching", ["reach", "shelf", "shelves", "cupboard", "sięg", "półk"], ["standing_side_bend", "thoracic_rotation", "side_reach_stretch"]),
        new("sport", ["play", "golf", "tennis", "football", "swim", "gym", "sport", "dance", "dancing", "cycl", "bike", "ski", "skiing", "yoga", "gra", "grać", "rower", "pływ", "tańcz", "taniec", "siłown", "narty"], ["bird_dog", "side_bridge", "graded_walking"]),
    ];

    public static GoalActivity? Find(string? code) => All.FirstOrDefault(a => a.Code == code);

    /// <summary>The activities a goal label names, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Match(string? label)
    {
        var words = Words(label);
        return All.Where(a => a.Keywords.Any(k => words.Any(w => Matches(w, k)))).Select(a => a.Code).ToList();
    }

    private static bool Matches(string word, string keyword) =>
        keyword.Length >= 4 ? word.StartsWith(keyword, StringComparison.Ordinal) : word == keyword;

    private static List<string> Words(string? label)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in (label ?? "").ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsLetter(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
