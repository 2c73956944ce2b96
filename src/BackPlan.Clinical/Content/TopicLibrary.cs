using static BackPlan.Clinical.Plans.PlanVocabulary;

namespace BackPlan.Clinical.Content;

/// <summary>
/// Education topics and posture, lifestyle and self-management advice, in BackPlan's own plain
/// words. Education is given at the first session and repeated (plans.md); advice that the
/// guidelines put first (reassurance, staying active, self-management) comes from NICE NG59 and
/// the Lancet 2018 series, pain education from JOSPT 2021 (evidence.md §3).
/// </summary>
public static partial class TopicLibrary
{
    private const string FirstAndRepeat = "at the first session, then revisited at each review";

    /// <summary>Situations other than findings that call for a topic.</summary>
    public static IReadOnlyList<string> RiskCodes { get; } =
        ["all", "sbst_low", "sbst_high", "soft_tissue_treatment", "radicular", "flare_up"];

    public static Topic? Find(string? code) => All.FirstOrDefault(t => t.Code == code);

    /// <summary>
    /// The topic in a two-letter language ("pl"), or in English when there is no translation.
    /// Only the words change; code, kind, findings, risks and activities stay the English ones.
    /// </summary>
    public static Topic? Find(string? code, string? language) => Find(code) is { } topic ? In(topic, language) : null;

    /// <summary>The whole library in a two-letter language, English where there is no translation.</summary>
    public static IReadOnlyList<Topic> AllIn(string? language) =>
        ContentLanguage.IsPolish(language) ? [.. All.Select(t => In(t, language))] : All;

    private static Topic In(Topic topic, string? language) =>
        ContentLanguage.IsPolish(language) && Polish.TryGetValue(topic.Code, out var text)
            ? topic with { Title = text.Title, Body = text.Body, Frequency = ContentLanguage.Frequency(topic.Frequency, language) }
            : topic;

    /// <summary>The topics of kind <c>education</c>.</summary>
    public static IReadOnlyList<Topic> EducationTopics => All.Where(t => t.Kind == Education).ToList();

    public static IReadOnlyList<Topic> All { get; } =
    [
        new()
        {
            Code = "back_pain_basics",
            Kind = Education,
            Title = "What back pain is, and what it is not",
            Body =
            [
                "Low back pain is very common: most adults have it at some point. In most people it does not come from damage or a serious disease. Muscles, joints, discs and nerves can all become sensitive, and the pain is real, but it is rarely a sign that something is broken.",
                "Scans often show 'wear and tear', bulging discs and similar changes. These are just as common in people with no pain at all, so they usually do not explain the pain and do not mean the back is fragile.",
                "Most episodes settle a lot within a few weeks, although pain can come and go for a while. Keeping moving, staying at or returning to work, and gradually building up activity help it settle sooner.",
            ],
            Frequency = FirstAndRepeat,
            Findings = ["fear_avoidance"],
            Risks = ["all"],
            Activities = [],
        },
        new()
        {
            Code = "stay_active",
            Kind = Education,
            Title = "Staying active",
            Body =
            [
                "Bed rest slows recovery. Your back gets better faster if you keep doing as many of your normal activities as you can, even if you need to do them more slowly or in shorter bursts at first.",
                "Movement brings blood flow, keeps muscles and joints supple and calms a sensitive nervous system. Walking, your home exercises and everyday tasks all count.",
                "It is fine to feel some discomfort while you are active. Choose activities you can manage, and build up a little at a time.",
            ],
            Frequency = FirstAndRepeat,
            Findings = ["low_activity", "fear_avoidance"],
            Risks = ["all", "sbst_low"],
            Activities = ["walking", "standing", "housework", "gardening", "sport"],
        },
        new()
        {
            Code = "hurt_not_harm",
            Kind = Education,
            Title = "Hurt does not always mean harm",
            Body =
            [
                "Pain is the body's alarm system. When pain lasts, the alarm often becomes over-sensitive, so it goes off with movements that are not causing any damage, a bit like a smoke alarm that goes off when you make toast.",
                "Worry, poor sleep, stress and tiredness turn the alarm up. Understanding your pain, moving with confidence and doing things you enjoy turn it down.",
                "So feeling some pain while you exercise or do things does not mean you are making your back worse. The aim is to move more, in planned steps, while the alarm settles.",
            ],
            Frequency = FirstAndRepeat,
            Findings = ["fear_avoidance", "high_stress"],
            Risks = ["sbst_high"],
            Activities = ["lifting", "bending", "sport"],
        },
        new()
        {
            Code = "pacing",
            Kind = Education,
            Title = "Pacing: a steady middle way",
            Body =
            [
                "On good days it is tempting to do everything at once, then pay for it over the next few days. On bad days it is tempting to do nothing. This 'boom and bust' pattern keeps pain going.",
                "Pacing means doing a steady amount every day, good or bad: break big jobs into parts, take short breaks before the pain forces you to, and switch between tasks.",
                "Once a level feels manageable, add a little more. Slow, regular progress gets you further than big pushes.",
            ],
            Frequency = FirstAndRepeat,
            Findings = ["low_activity", "fear_avoidance"],
            Risks = ["sbst_high", "flare_up"],
            Activities = ["gardening", "housework", "walking", "standing"],
        },
        new()
        {
            Code = "lifting_and_bending",
            Kind = Education,
            Title = "Lifting and bending with confidence",
            Body =
            [
                "Bending and lifting are normal and your back is built for them. There is no single 'correct' way to lift; a back that is used to lifting copes best.",
                "While your back is sore, make lifts easier: keep the load close to your body, get near to it before you lift, turn with your feet rather than twisting with a heavy load, and split heavy loads into lighter ones.",
                "Your exercise programme builds up lifting gradually so that your back gets stronger and more used to it again.",
            ],
            Frequency = FirstAndRepeat,
            Findings = ["postural_fault", "fear_avoidance"],
            Risks = [],
            Activities = ["lifting", "bending", "carrying", "gardening", "housework"],
        },
        new()
        {
            Code = "sitting_and_standing",
            Kind = Education,
            Title = "Sitting and standing",
            Body =
            [
                "No single posture is perfect, and slouching does not damage your back. What tends to cause stiffness and aching is staying in any one position for a long time.",
                "Change position often: shift in the chair, stand up, walk a few steps, lean on something, then sit again. Your next posture is your best posture.",
                "If standing still is hard, rest one foot on a low step, shift your weight, or walk about a little.",
            ],
            Frequency = FirstAndRepeat,
            Findings = ["postural_fault", "sedentary_work"],
            Risks = [],
            Activities = ["sitting", "standing", "driving"],
        },
        new()
        {
            Code = "treatment_soreness",
            Kind = Education,
            Title = "Soreness after hands-on treatment",
            Body =
            [
                "About one person in ten feels some soreness or stiffness for a day or so after massage or soft tissue work, a bit like after unaccustomed exercise. This is normal and settles on its own.",
                "Keep moving gently, do your easier exercises, and use warmth if it helps.",
                "Tell your therapist at the next visit so the pressure can be adjusted. If pain is much worse and not settling after two or three days, or you have new symptoms, contact us before the next session.",
            ],
            Frequency = "at the first soft tissue session, and when soreness is reported",
            Findings = [],
            Risks = ["soft_tissue_treatment"],
            Activities = [],
        },
        new()
        {
            Code = "when_to_seek_help",
            Kind = Education,
            Title = "When to seek help urgently",
            Body =
            [
                "Rarely, back pain comes with signs of a problem that needs a doctor straight away. Go to an emergency department at once if you notice any of these: new difficulty passing urine or leaking urine, loss of bowel control, numbness between the legs or around the back passage or genitals, or legs that are getting weaker.",
                "See your GP soon if you feel generally unwell with a fever, lose weight without trying, have constant pain at night that no position eases, or if the pain keeps getting worse despite treatment.",
                "If any of these happen, do not wait for your next appointment with us.",
            ],
            Frequency = "at the first session, and whenever new symptoms are reported",
            Findings = ["radicular_signs"],
            Risks = ["all", "radicular"],
            Activities = [],
        },
        new()
        {
            Code = "leg_pain_nerve",
            Kind = Education,
            Title = "When pain travels down the leg",
            Body =
            [
                "Pain, tingling or numbness that runs down the leg, sometimes below the knee, can come from an irritated nerve root in the lower back. This is often called sciatica.",
                "Nerve-related leg pain usually improves over weeks to a few months. Staying as active as you can helps. Hands-on work near the nerve is kept gentle, and nerve exercises are only used if they feel comfortable.",
                "Tell your therapist if the leg symptoms spread, get stronger, or if the leg or foot feels weak. Numbness between the legs, bladder or bowel changes, or both legs affected need urgent medical help.",
            ],
            Frequency = FirstAndRepeat,
            Findings = ["radicular_signs"],
            Risks = ["radicular"],
            Activities = ["walking", "sitting"],
        },
        new()
        {
            Code = "scans_and_tests",
            Kind = Education,
            Title = "Do I need a scan?",
            Body =
            [
                "Most people with back pain do not need an X-ray or scan. Scans rarely change the treatment, and they often show harmless age-related changes that can cause needless worry.",
                "Doctors ask for a scan when they suspect a specific problem, such as a nerve that is badly squeezed or a condition that needs other treatment. Your screening answers help decide when that is needed.",
            ],
            Frequency = "when the patient asks, or worries about structural damage",
            Findings = ["fear_avoidance"],
            Risks = ["sbst_high"],
            Activities = [],
        },
        new()
        {
            Code = "recovery_outlook",
            Kind = Education,
            Title = "What to expect from recovery",
            Body =
            [
                "Recovery is rarely a straight line. Expect ups and downs, with the general direction being better over the weeks.",
                "Hands-on treatment can ease pain and stiffness for a while; the exercises and changes you make yourself are what keep the improvement going. That is why your plan mixes both.",
                "We will check your progress with short questionnaires at set points and change the plan if it is not helping enough.",
            ],
            Frequency = FirstAndRepeat,
            Findings = [],
            Risks = ["all"],
            Activities = [],
        },
        new()
        {
            Code = "flare_ups",
            Kind = Education,
            Title = "Understanding flare-ups",
            Body =
            [
                "A flare-up is a spell of stronger pain, often after doing more than usual, a stressful time, poor sleep or for no clear reason. Flare-ups are common and do not mean you have undone your progress or damaged your back.",
                "Most flare-ups settle within days to a couple of weeks. Having a plan ready for them makes them less frightening and shorter.",
            ],
            Frequency = FirstAndRepeat,
            Findings = ["fear_avoidance"],
            Risks = ["flare_up", "sbst_high"],
            Activities = [],
        },
        new()
        {
            Code = "posture_variety",
            Kind = Posture,
            Title = "Posture: keep it varied",
            Body =
            [
                "Rather than holding one 'correct' posture, aim to move between several comfortable ones during the day.",
                "A few times a day, check in: sit or stand tall for a moment, let the shoulders drop, breathe out, then settle into a relaxed position. Your trunk and hip exercises make upright positions easier to hold without effort.",
            ],
            Frequency = "daily check-ins",
            Findings = ["postural_fault"],
            Risks = [],
            Activities = ["sitting", "standing", "driving"],
        },
        new()
        {
            Code = "workstation_setup",
            Kind = Posture,
            Title = "Setting up your workstation",
            Body =
            [
                "Sit with your feet flat on the floor or a footrest, the seat high enough that your hips are level with or slightly above your knees, and your lower back supported by the chair or a small cushion.",
                "Put the top of the screen at about eye level and an arm's length away, with keyboard and mouse close enough that your elbows rest by your sides.",
                "If you can, switch between sitting and standing during the day. A laptop needs a separate keyboard and a stand to be comfortable for long periods.",
            ],
            Frequency = "set up once, check again if symptoms change",
            Findings = ["sedentary_work", "postural_fault"],
            Risks = [],
            Activities = ["sitting"],
        },
        new()
        {
            Code = "movement_breaks",
            Kind = Posture,
            Title = "Movement breaks",
            Body =
            [
                "Long unbroken sitting stiffens the back. Get up at least every 30 to 45 minutes, even for a minute: walk to get water, stand for phone calls, or do a standing back bend.",
                "A reminder on your phone or computer helps make it a habit. Short, frequent breaks help more than one long one.",
            ],
            Frequency = "every 30-45 minutes of sitting",
            Findings = ["sedentary_work"],
            Risks = [],
            Activities = ["sitting", "driving"],
        },
        new()
        {
            Code = "active_lifestyle",
            Kind = Lifestyle,
            Title = "Building up regular activity",
            Body =
            [
                "Regular activity that gets you slightly out of breath, such as walking, cycling, swimming or dancing, helps back pain and general health. Choose something you enjoy and can do near home.",
                "Start with an amount you can manage even on a bad day, and add a little each week. Working towards 150 minutes a week, for example 30 minutes on five days, is a good long-term aim.",
            ],
            Frequency = "most days, building up week by week",
            Findings = ["low_activity", "low_endurance"],
            Risks = ["sbst_low"],
            Activities = ["walking", "running", "sport", "stairs"],
        },
        new()
        {
            Code = "sleep_routine",
            Kind = Lifestyle,
            Title = "Sleep and back pain",
            Body =
            [
                "Pain can disturb sleep, and poor sleep makes pain feel worse the next day. Improving sleep is part of treating the back.",
                "Keep regular times for going to bed and getting up, and keep the bedroom dark, quiet and cool. Avoid caffeine after early afternoon and screens in the last hour. A wind-down routine with slow breathing helps.",
                "For comfort, try lying on your side with a pillow between your knees, or on your back with a pillow under your knees. If you cannot sleep, get up for a while and do something calm rather than lying awake.",
            ],
            Frequency = "every night",
            Findings = ["poor_sleep"],
            Risks = [],
            Activities = ["sleeping"],
        },
        new()
        {
            Code = "stress_care",
            Kind = Lifestyle,
            Title = "Stress, relaxation and back pain",
            Body =
            [
                "Stress keeps muscles tense and turns up the body's pain alarm, so back pain often feels worse at stressful times. This does not mean the pain is 'in your head'; body and mind work together.",
                "Set aside a few minutes every day to relax on purpose: slow breathing, tense-and-release relaxation, a walk outside or a hobby you enjoy. Keep in touch with people who lift your mood.",
                "If stress or low mood feels too much to handle, talk to your GP: support is available and helps recovery.",
            ],
            Frequency = "daily",
            Findings = ["high_stress"],
            Risks = ["sbst_high"],
            Activities = ["sleeping"],
        },
        new()
        {
            Code = "graded_activity",
            Kind = SelfManagement,
            Title = "Getting back to what matters, step by step",
            Body =
            [
                "Pick an activity you have been avoiding or finding hard, such as lifting your child, gardening or a longer walk. Together we work out a starting level you can do on most days, even a bad one.",
                "Then increase it by a small, planned amount every few days, following the plan rather than how the pain feels on the day. Some discomfort is expected and safe.",
                "Write down what you did. Seeing progress on paper builds confidence when the pain makes it hard to notice.",
            ],
            Frequency = "planned at the first session, reviewed at each session",
            Findings = ["fear_avoidance", "low_activity"],
            Risks = ["sbst_high"],
            Activities = ["lifting", "bending", "walking", "gardening", "housework", "sport", "carrying"],
        },
        new()
        {
            Code = "flare_up_plan",
            Kind = SelfManagement,
            Title = "My flare-up plan",
            Body =
            [
                "When a flare-up starts: stay calm and remind yourself that flare-ups are common and settle. Keep moving gently; cut back activities for a few days rather than stopping them.",
                "Use what has helped before: warmth, easier versions of your exercises, slow breathing, short walks. Simple pain relief from your pharmacist or GP may help you keep moving.",
                "Build back up to your normal level over a few days. Contact us if it is not settling after two weeks, and seek help urgently if you notice any of the warning signs in 'When to seek help urgently'.",
            ],
            Frequency = "written with the patient before discharge, kept at home",
            Findings = [],
            Risks = ["all", "flare_up", "sbst_low"],
            Activities = [],
        },
        new()
        {
            Code = "home_programme",
            Kind = SelfManagement,
            Title = "Looking after your back yourself",
            Body =
            [
                "You are the one who does most of the work of getting better. A short daily routine of your exercises, regular walking and good habits for sleep and breaks is the core of the plan.",
                "Our sessions support this routine; they do not replace it. At each visit we check how the routine is going and adjust it.",
            ],
            Frequency = "daily routine, checked at each session",
            Findings = ["low_activity"],
            Risks = ["sbst_low"],
            Activities = [],
        },
    ];
}
