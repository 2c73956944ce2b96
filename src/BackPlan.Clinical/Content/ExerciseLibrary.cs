namespace BackPlan.Clinical.Content;

/// <summary>
/// BackPlan's home exercise library for low back pain, written in our own words for patients.
/// Default dosage follows plans.md ("daily or most days, 10–20 minutes" in total); the therapist
/// adjusts it. Source for exercise as the core treatment: NICE NG59, JOSPT 2021 (evidence.md §3).
/// </summary>
public static partial class ExerciseLibrary
{
    private const string Daily = "daily";
    private const string MostDays = "most days (4-6 days a week)";
    private const string Flare = "In a flare-up, move in a smaller range and do fewer repetitions; mild discomfort is fine, sharp or building pain means ease off.";
    private const string LegSymptoms = "If pain, tingling or numbness spreads further down the leg, stop and tell your therapist.";
    private const string NoBreathHold = "Keep breathing throughout; do not hold your breath.";

    /// <summary>The training aims an exercise can serve ("goal types").</summary>
    public static IReadOnlyList<string> AimCodes { get; } =
    [
        "flexion_mobility", "extension_mobility", "side_bend_mobility", "rotation_mobility", "hip_mobility",
        "hamstring_flexibility", "hip_flexor_flexibility", "gluteal_flexibility", "trunk_endurance",
        "glute_strength", "leg_strength", "lifting_skill", "aerobic_fitness", "neural_mobility", "relaxation", "posture",
    ];

    public static IReadOnlyList<string> Categories { get; } =
        ["mobility", "stretch", "endurance", "strength", "function", "aerobic", "neural", "relaxation", "posture"];

    public static Exercise? Find(string? code) => All.FirstOrDefault(e => e.Code == code);

    /// <summary>
    /// The exercise in a two-letter language ("pl"), or in English when there is no translation.
    /// Only the words change; code, aims, findings, activities and dosage numbers stay the English ones.
    /// </summary>
    public static Exercise? Find(string? code, string? language) => Find(code) is { } exercise ? In(exercise, language) : null;

    /// <summary>The whole library in a two-letter language, English where there is no translation.</summary>
    public static IReadOnlyList<Exercise> AllIn(string? language) =>
        ContentLanguage.IsPolish(language) ? [.. All.Select(e => In(e, language))] : All;

    private static Exercise In(Exercise exercise, string? language) =>
        ContentLanguage.IsPolish(language) && Polish.TryGetValue(exercise.Code, out var text)
            ? exercise with
            {
                Name = text.Name,
                Purpose = text.Purpose,
                Steps = text.Steps,
                Easier = text.Easier,
                Harder = text.Harder,
                Cautions = text.Cautions,
                Dosage = exercise.Dosage with { Frequency = ContentLanguage.Frequency(exercise.Dosage.Frequency, language) },
            }
            : exercise;

    public static IReadOnlyList<Exercise> All { get; } =
    [
        new()
        {
            Code = "pelvic_tilt",
            Name = "Pelvic tilt",
            Category = "mobility",
            Purpose = "Gently moves the lower back through a small range and wakes up the tummy muscles. A good first exercise when the back feels stiff or sore.",
            Steps =
            [
                "Lie on your back with knees bent and feet flat on the floor, hip-width apart.",
                "Breathe out and gently flatten your lower back towards the floor by tipping the top of your pelvis back.",
                "Breathe in and let the back return to its natural small curve.",
                "Rock slowly between the two positions, staying in a comfortable range.",
            ],
            Dosage = new(2, 10, null, null, Daily),
            Easier = ["Make the movement smaller, or do it lying with a pillow under the knees."],
            Harder = ["Do it sitting on a chair or standing with your back against a wall."],
            Aims = ["flexion_mobility"],
            Findings = ["hypertonicity", "reduced_flexion"],
            Activities = ["standing", "sleeping"],
            Cautions = [Flare],
        },
        new()
        {
            Code = "knee_to_chest",
            Name = "Knee to chest",
            Category = "stretch",
            Purpose = "Lengthens the muscles of the lower back and buttock and eases forward bending.",
            Steps =
            [
                "Lie on your back with both knees bent and feet flat.",
                "Bring one knee up towards your chest and hold it with both hands behind the thigh.",
                "Let the lower back relax into the floor and hold while breathing slowly.",
                "Lower the leg and repeat with the other one.",
            ],
            Dosage = new(1, 3, 20, null, Daily),
            Easier = ["Hold a towel around the thigh instead of reaching with the hands.", "Bring the knee only part of the way."],
            Harder = ["Bring both knees up together and gently hug them."],
            Aims = ["flexion_mobility", "gluteal_flexibility"],
            Findings = ["reduced_flexion", "hypertonicity", "fascial_restriction"],
            Activities = ["bending", "dressing", "sleeping"],
            Cautions = [Flare, "If bending forward makes leg pain worse, check with your therapist before doing this one."],
        },
        new()
        {
            Code = "lumbar_rotation",
            Name = "Knee rocking (lower trunk rotation)",
            Category = "mobility",
            Purpose = "Loosens the lower back with a gentle twisting movement and helps tense muscles let go.",
            Steps =
            [
                "Lie on your back with knees bent, feet flat and together, arms out to the sides.",
                "Let both knees fall slowly to one side as far as is comfortable, keeping the shoulders down.",
                "Bring them back to the middle and let them fall to the other side.",
                "Keep the rhythm slow and easy, like a pendulum.",
            ],
            Dosage = new(2, 10, null, null, Daily),
            Easier = ["Move the knees only a short way each side."],
            Harder = ["Pause for a few breaths at the end of each side."],
            Aims = ["rotation_mobility"],
            Findings = ["hypertonicity", "restricted_glide"],
            Activities = ["sleeping", "driving", "bending"],
            Cautions = [Flare],
        },
        new()
        {
            Code = "cat_camel",
            Name = "Cat and camel",
            Category = "mobility",
            Purpose = "Moves the whole spine through rounding and arching, easing stiffness in the back and the tissues around it.",
            Steps =
            [
                "Kneel on all fours with hands under shoulders and knees under hips.",
                "Slowly round your back up towards the ceiling and let your head drop.",
                "Then slowly let the back sink into a gentle arch and lift your gaze.",
                "Move smoothly between the two, without pushing into pain.",
            ],
            Dosage = new(2, 8, null, null, Daily),
            Easier = ["Move only through the middle part of the range.", "Do it sitting on a chair with hands on your knees."],
            Harder = ["Pause at each end for two breaths."],
            Aims = ["flexion_mobility", "extension_mobility"],
            Findings = ["reduced_flexion", "reduced_extension", "restricted_glide", "hypertonicity"],
            Activities = ["bending", "housework", "gardening"],
            Cautions = [Flare, "If kneeling hurts your knees, put a folded towel under them."],
        },
        new()
        {
            Code = "childs_pose",
            Name = "Child's pose stretch",
            Category = "stretch",
            Purpose = "A resting stretch for the back, the broad sheet of tissue over the lower back and the sides of the trunk.",
            Steps =
            [
                "Kneel on all fours.",
                "Sit your bottom back towards your heels and slide your hands forward along the floor.",
                "Let your chest sink and your back lengthen; breathe slowly into the back of your ribs.",
                "Walk the hands slightly to one side to stretch the opposite side, then to the other.",
            ],
            Dosage = new(1, 3, 30, null, Daily),
            Easier = ["Put a cushion between your calves and your bottom, or under your chest."],
            Harder = ["Stay longer and reach the hands further forward."],
            Aims = ["flexion_mobility", "side_bend_mobility"],
            Findings = ["reduced_flexion", "fascial_restriction"],
            Activities = ["bending", "gardening"],
            Cautions = [Flare, "Skip this one if kneeling deeply is painful for the knees or hips."],
        },
        new()
        {
            Code = "prone_press_up",
            Name = "Press-up on elbows or hands",
            Category = "mobility",
            Purpose = "Eases bending backwards and gently stretches the front of the trunk.",
            Steps =
            [
                "Lie on your front with your hands under your shoulders.",
                "Keeping your hips and tummy relaxed on the floor, slowly press your upper body up on your forearms.",
                "Hold for a breath or two, then lower slowly.",
                "If that is comfortable, progress to pressing up on straight arms.",
            ],
            Dosage = new(2, 10, 2, null, Daily),
            Easier = ["Just lie on your front, or rest on your forearms for a minute."],
            Harder = ["Press up on straight arms and breathe out at the top to let the back sag a little further."],
            Aims = ["extension_mobility"],
            Findings = ["reduced_extension"],
            Activities = ["standing", "walking"],
            Cautions = [Flare, "Stop if it sends pain further into the leg; pain that moves back towards the spine is fine."],
        },
        new()
        {
            Code = "standing_back_extension",
            Name = "Standing back bend",
            Category = "mobility",
            Purpose = "A quick break from sitting that moves the back the opposite way to slumping.",
            Steps =
            [
                "Stand with feet apart and place your hands on the back of your hips.",
                "Look ahead and lean gently backwards from the waist, letting your hands support you.",
                "Return to upright.",
            ],
            Dosage = new(1, 5, null, null, "several times a day, especially after sitting"),
            Easier = ["Lean back only a little, or do it with your bottom against a table edge."],
            Harder = ["Raise the arms overhead as you lean back."],
            Aims = ["extension_mobility", "posture"],
            Findings = ["reduced_extension", "sedentary_work"],
            Activities = ["sitting", "standing", "driving"],
            Cautions = ["Hold on to something steady if you feel dizzy or unsteady.", LegSymptoms],
        },
        new()
        {
            Code = "standing_side_bend",
            Name = "Standing side bend",
            Category = "mobility",
            Purpose = "Frees up bending to the side and loosens the deep muscles at the side of the lower back.",
            Steps =
            [
                "Stand tall with feet hip-width apart and arms by your sides.",
                "Slide one hand down the outside of your thigh as you bend sideways, without leaning forwards or back.",
                "Come back to upright and repeat to the other side.",
                "Do a few more towards the stiffer side if your therapist has suggested it.",
            ],
            Dosage = new(2, 10, null, null, Daily),
            Easier = ["Do it sitting on a chair."],
            Harder = ["Reach the top arm over your head as you bend."],
            Aims = ["side_bend_mobility"],
            Findings = ["reduced_lateral_flexion", "restricted_glide"],
            Activities = ["carrying", "housework", "reaching"],
            Cautions = [Flare],
        },
        new()
        {
            Code = "side_reach_stretch",
            Name = "Side reach stretch",
            Category = "stretch",
            Purpose = "A longer stretch for the side of the trunk, from the hip to the armpit.",
            Steps =
            [
                "Stand side-on to a wall, about an arm's length away, with the outside foot crossed behind the inside one.",
                "Reach the outside arm up and over your head towards the wall.",
                "Let the hip on the stretched side drift away from the wall until you feel a stretch along your side.",
                "Hold and breathe, then change sides.",
            ],
            Dosage = new(1, 3, 30, null, Daily),
            Easier = ["Do it sitting, reaching one arm over your head."],
            Harder = ["Hold a light weight in the reaching hand, or stay longer."],
            Aims = ["side_bend_mobility"],
            Findings = ["reduced_lateral_flexion", "fascial_restriction", "trigger_points"],
            Activities = ["reaching", "housework"],
            Cautions = ["Keep the stretch gentle if your shoulder is sore."],
        },
        new()
        {
            Code = "hamstring_stretch",
            Name = "Hamstring stretch with a towel",
            Category = "stretch",
            Purpose = "Lengthens the muscles at the back of the thigh, which helps bending forwards and reaching your feet.",
            Steps =
            [
                "Lie on your back with one knee bent and the foot flat.",
                "Loop a towel or belt around the other foot and lift that leg up, keeping the knee almost straight.",
                "Raise the leg until you feel a stretch at the back of the thigh, then hold.",
                "Lower slowly and change legs.",
            ],
            Dosage = new(1, 3, 30, null, Daily),
            Easier = ["Keep the knee a little more bent."],
            Harder = ["Sit on the edge of a chair with one leg straight and lean forward from the hips."],
            Aims = ["hamstring_flexibility"],
            Findings = ["reduced_flexion", "trigger_points", "fascial_restriction"],
            Activities = ["bending", "dressing", "walking", "running"],
            Cautions = ["Feel the stretch in the thigh; tingling or pain below the knee means the nerve is being pulled, so ease off.", LegSymptoms],
        },
        new()
        {
            Code = "hip_flexor_stretch",
            Name = "Half-kneeling hip flexor stretch",
            Category = "stretch",
            Purpose = "Stretches the front of the hip, which gets short with long hours of sitting and can tug on the lower back.",
            Steps =
            [
                "Kneel on one knee with the other foot flat in front of you, like a knight.",
                "Tuck your tail under slightly and tighten your bottom on the kneeling side.",
                "Shift your weight forward until you feel a stretch at the front of the hip of the kneeling leg.",
                "Hold, keeping the trunk upright, then change sides.",
            ],
            Dosage = new(1, 3, 30, null, Daily),
            Easier = ["Do it standing in a long stride, holding a chair, with the back heel lifted."],
            Harder = ["Raise the arm on the kneeling side overhead and lean slightly away."],
            Aims = ["hip_flexor_flexibility", "extension_mobility"],
            Findings = ["reduced_extension", "sedentary_work", "trigger_points", "fascial_restriction"],
            Activities = ["walking", "standing", "running", "stairs"],
            Cautions = ["Put a cushion under the kneeling knee.", "Do not arch the lower back to get more stretch."],
        },
        new()
        {
            Code = "piriformis_stretch",
            Name = "Figure-four buttock stretch",
            Category = "stretch",
            Purpose = "Stretches the deep muscles of the buttock that can feel tight or tender with back pain.",
            Steps =
            [
                "Lie on your back with both knees bent.",
                "Cross one ankle over the opposite knee, making a figure four.",
                "Hold the thigh of the bottom leg and draw it gently towards you until you feel a stretch in the buttock of the crossed leg.",
                "Hold and breathe, then change sides.",
            ],
            Dosage = new(1, 3, 30, null, Daily),
            Easier = ["Leave the bottom foot on the floor and press the crossed knee gently away."],
            Harder = ["Do it sitting on a chair and lean forward from the hips with a straight back."],
            Aims = ["gluteal_flexibility", "hip_mobility"],
            Findings = ["trigger_points", "fascial_restriction", "hypertonicity"],
            Activities = ["sitting", "driving", "walking"],
            Cautions = [LegSymptoms, "Go easy if you have had a hip replacement; ask which positions are safe for you."],
        },
        new()
        {
            Code = "glute_stretch",
            Name = "Knee to opposite shoulder",
            Category = "stretch",
            Purpose = "Stretches the large buttock muscles and the outer hip.",
            Steps =
            [
                "Lie on your back with legs straight or knees bent.",
                "Bend one knee up and hold it with the opposite hand.",
                "Draw the knee across your body towards the opposite shoulder until you feel a stretch in the buttock.",
                "Hold and breathe, then change sides.",
            ],
            Dosage = new(1, 3, 30, null, Daily),
            Easier = ["Move the knee only partway across."],
            Harder = ["Let the foot of the stretched leg rest on the opposite thigh and pull both towards you."],
            Aims = ["gluteal_flexibility", "hip_mobility"],
            Findings = ["trigger_points", "fascial_restriction", "hypertonicity"],
            Activities = ["sitting", "walking", "stairs"],
            Cautions = [LegSymptoms, "Go easy if you have had a hip replacement; ask which positions are safe for you."],
        },
        new()
        {
            Code = "hip_circles",
            Name = "Standing hip circles",
            Category = "mobility",
            Purpose = "Keeps the hips and buttock muscles moving freely, which takes strain off the back.",
            Steps =
            [
                "Stand side-on to a chair or worktop and hold it lightly.",
                "Lift the outside knee to hip height if comfortable.",
                "Draw slow circles with the knee, out to the side and back down, as if stepping over a low fence.",
                "Do the circles the other way, then change legs.",
            ],
            Dosage = new(2, 8, null, null, Daily),
            Easier = ["Make small circles with the knee kept low."],
            Harder = ["Let go of the support to add balance work."],
            Aims = ["hip_mobility"],
            Findings = ["hypertonicity", "restricted_glide"],
            Activities = ["walking", "standing", "stairs"],
            Cautions = ["Hold on if your balance is not steady."],
        },
        new()
        {
            Code = "leg_swings",
            Name = "Front-to-back leg swings",
            Category = "mobility",
            Purpose = "Loosens the front and back of the hip and thigh with relaxed, rhythmic movement.",
            Steps =
            [
                "Stand side-on to a wall or chair and hold it with one hand.",
                "Stand tall on the inside leg.",
                "Swing the outside leg gently forwards and backwards, keeping the trunk still.",
                "Let the swing grow a little as the hip loosens, then change legs.",
            ],
            Dosage = new(2, 10, null, null, Daily),
            Easier = ["Keep the swing small and slow."],
            Harder = ["Swing a little higher and faster, as a warm-up before walking or running."],
            Aims = ["hip_mobility", "hamstring_flexibility", "hip_flexor_flexibility"],
            Findings = ["hypertonicity", "restricted_glide"],
            Activities = ["walking", "running"],
            Cautions = [LegSymptoms],
        },
        new()
        {
            Code = "thoracic_rotation",
            Name = "Open book (upper back rotation)",
            Category = "mobility",
            Purpose = "Frees up turning in the upper back, so the lower back does not have to twist as much.",
            Steps =
            [
                "Lie on your side with knees bent up to hip level and arms straight out in front, palms together.",
                "Keeping the knees together and on the floor, lift the top arm and open it across to the other side, following it with your eyes.",
                "Let the upper back turn as far as is comfortable, then bring the arm back.",
                "Do all the repetitions on one side, then turn over.",
            ],
            Dosage = new(2, 8, null, null, Daily),
            Easier = ["Do it sitting, arms crossed over the chest, turning the shoulders side to side."],
            Harder = ["Pause for two slow breaths in the open position."],
            Aims = ["rotation_mobility", "posture"],
            Findings = ["postural_fault", "sedentary_work", "hypertonicity"],
            Activities = ["driving", "reaching", "sport"],
            Cautions = ["Put a pillow under your head so your neck is level."],
        },
        new()
        {
            Code = "thoracic_extension",
            Name = "Upper back extension over a chair",
            Category = "mobility",
            Purpose = "Counteracts a rounded upper back from sitting and screen work.",
            Steps =
            [
                "Sit on a chair with a firm back that comes to the bottom of your shoulder blades.",
                "Support your head with your hands, elbows pointing forwards.",
                "Lean back over the top of the chair, letting the upper back bend backwards, while the lower back stays still.",
                "Return to upright and repeat.",
            ],
            Dosage = new(2, 8, null, null, Daily),
            Easier = ["Cross your arms over your chest and make the movement smaller."],
            Harder = ["Lie on a rolled towel placed across the upper back and let the arms rest overhead."],
            Aims = ["extension_mobility", "posture"],
            Findings = ["postural_fault", "sedentary_work"],
            Activities = ["sitting", "driving"],
            Cautions = ["Keep the movement in the upper back; stop if it pinches the lower back."],
        },
        new()
        {
            Code = "posture_reset",
            Name = "Sitting posture reset",
            Category = "posture",
            Purpose = "A short routine to change position and wake up the muscles that hold you upright. No single posture is right; moving between postures is what helps.",
            Steps =
            [
                "Sit towards the front of the chair with both feet flat.",
                "Slump fully, then slowly roll up until you sit tall, as if a string pulls the top of your head up.",
                "Gently draw your shoulder blades back and down, and tuck the chin slightly.",
                "Take three slow breaths, then relax into a comfortable, supported position.",
            ],
            Dosage = new(1, 5, 5, null, "every 30-60 minutes of sitting"),
            Easier = ["Just stand up and walk a few steps instead."],
            Harder = ["Add ten shoulder blade squeezes and a standing back bend."],
            Aims = ["posture"],
            Findings = ["postural_fault", "sedentary_work"],
            Activities = ["sitting", "driving", "standing"],
            Cautions = ["Do not hold the tall position stiffly for long; comfortable and varied beats 'perfect'."],
        },
        new()
        {
            Code = "curl_up",
            Name = "Curl-up",
            Category = "endurance",
            Purpose = "Builds endurance in the front tummy muscles without bending the lower back much.",
            Steps =
            [
                "Lie on your back with one knee bent and the other leg straight.",
                "Slide your hands, palms down, under the small of your back to keep its natural curve.",
                "Lift your head and shoulders just a little off the floor, as one unit, without tucking the chin.",
                "Hold for a few seconds while breathing, then lower. Change which leg is bent halfway through.",
            ],
            Dosage = new(3, 6, 8, null, MostDays),
            Easier = ["Only lift the head and let the shoulders stay down.", "Hold for fewer seconds."],
            Harder = ["Lift the elbows off the floor as well.", "Hold longer, building up to 10 seconds."],
            Aims = ["trunk_endurance"],
            Findings = ["low_endurance", "postural_fault"],
            Activities = ["lifting", "carrying", "sport"],
            Cautions = [Flare, NoBreathHold],
        },
        new()
        {
            Code = "side_bridge",
            Name = "Side bridge",
            Category = "endurance",
            Purpose = "Builds endurance in the muscles at the side of the trunk, which steady the spine when you carry and lift.",
            Steps =
            [
                "Lie on your side, propped on your forearm with the elbow under the shoulder and knees bent.",
                "Lift your hips so your body is in a straight line from knees to head.",
                "Hold while breathing steadily, then lower gently.",
                "Repeat on the other side.",
            ],
            Dosage = new(3, 5, 10, null, MostDays),
            Easier = ["Stand and lean sideways on your forearm against a wall."],
            Harder = ["Straighten the legs and lift from the feet.", "Roll slowly from one side to the other through a plank."],
            Aims = ["trunk_endurance"],
            Findings = ["low_endurance", "postural_fault"],
            Activities = ["carrying", "lifting", "running", "sport", "standing"],
            Cautions = ["Skip or use the wall version if your shoulder is painful.", NoBreathHold],
        },
        new()
        {
            Code = "bird_dog",
            Name = "Bird-dog",
            Category = "endurance",
            Purpose = "Trains the back and hip muscles to keep the spine steady while the arms and legs move.",
            Steps =
            [
                "Kneel on all fours with hands under shoulders and knees under hips, back in its natural shape.",
                "Slowly slide one leg back and lift it to hip height while reaching the opposite arm forward.",
                "Hold for a few seconds without letting the back sag or twist.",
                "Return and repeat on the other side.",
            ],
            Dosage = new(3, 6, 8, null, MostDays),
            Easier = ["Lift only the arm, or only slide the leg back along the floor."],
            Harder = ["Draw a small square with the hand and foot while holding.", "Hold longer, building up to 10 seconds."],
            Aims = ["trunk_endurance"],
            Findings = ["low_endurance", "postural_fault"],
            Activities = ["lifting", "bending", "gardening", "housework", "sport", "walking"],
            Cautions = ["If kneeling hurts your knees, put a folded towel under them.", Flare],
        },
        new()
        {
            Code = "dead_bug",
            Name = "Dead bug",
            Category = "endurance",
            Purpose = "Trains the deep tummy muscles to keep the back steady while the limbs move.",
            Steps =
            [
                "Lie on your back with hips and knees bent to 90 degrees, feet in the air and arms reaching to the ceiling.",
                "Gently tighten your tummy so your back stays still on the floor.",
                "Slowly lower one heel towards the floor while the opposite arm goes overhead.",
                "Bring them back and change sides.",
            ],
            Dosage = new(3, 8, null, null, MostDays),
            Easier = ["Keep the feet on the floor and slide one heel out at a time."],
            Harder = ["Straighten the leg further, or hold a light weight in the hands."],
            Aims = ["trunk_endurance"],
            Findings = ["low_endurance"],
            Activities = ["lifting", "carrying", "sport"],
            Cautions = [NoBreathHold, Flare],
        },
        new()
        {
            Code = "glute_bridge",
            Name = "Bridge",
            Category = "strength",
            Purpose = "Strengthens the buttock muscles that share the work of standing, climbing and lifting with the back.",
            Steps =
            [
                "Lie on your back with knees bent and feet flat, hip-width apart.",
                "Squeeze your bottom and lift your hips until your body makes a straight line from knees to shoulders.",
                "Hold for a moment without arching the lower back.",
                "Lower slowly, one part of the back at a time.",
            ],
            Dosage = new(3, 10, 3, null, MostDays),
            Easier = ["Lift the hips only a little way."],
            Harder = ["Lift one foot off the floor while bridging.", "Rest your shoulders on a sofa and bridge from there."],
            Aims = ["glute_strength"],
            Findings = ["postural_fault", "low_endurance"],
            Activities = ["stairs", "standing", "walking", "running", "lifting"],
            Cautions = ["Feel it in the buttocks, not the lower back; lift less high if the back takes over."],
        },
        new()
        {
            Code = "clamshell",
            Name = "Clamshell",
            Category = "strength",
            Purpose = "Strengthens the muscles at the side of the hip that keep the pelvis level when you walk.",
            Steps =
            [
                "Lie on your side with hips and knees bent and your feet together, head resting on your arm.",
                "Keep your feet touching and lift the top knee, opening like a clam shell.",
                "Do not let the pelvis roll back.",
                "Lower slowly. Do all the repetitions, then change sides.",
            ],
            Dosage = new(3, 12, null, null, MostDays),
            Easier = ["Open only a little way."],
            Harder = ["Put a resistance band around the thighs.", "Lift the top foot as well, keeping it level with the knee."],
            Aims = ["glute_strength"],
            Findings = ["postural_fault"],
            Activities = ["walking", "standing", "running", "stairs"],
            Cautions = ["Go easy if you have had a hip replacement; ask which positions are safe for you."],
        },
        new()
        {
            Code = "hip_hinge",
            Name = "Hip hinge",
            Category = "function",
            Purpose = "Practises bending forwards from the hips, the movement behind lifting, picking things up and many jobs around the house.",
            Steps =
            [
                "Stand with feet hip-width apart and knees softly bent.",
                "Hold a broom handle along your back so it touches the back of your head, between your shoulder blades and your tailbone.",
                "Push your hips back and let your trunk tip forward, keeping all three points in contact with the stick.",
                "Stand back up by squeezing your bottom and pushing the hips forward.",
            ],
            Dosage = new(2, 10, null, null, MostDays),
            Easier = ["Skip the stick and put your hands on your thighs, sliding them towards your knees."],
            Harder = ["Hold a light bag or kettlebell in both hands.", "Hinge on one leg, with a hand on a chair for balance."],
            Aims = ["lifting_skill", "hamstring_flexibility"],
            Findings = ["postural_fault", "reduced_flexion"],
            Activities = ["lifting", "bending", "gardening", "housework", "dressing"],
            Cautions = ["Bending the back is not dangerous; the hinge is practice for a strong way to lift, not the only safe one."],
        },
        new()
        {
            Code = "sit_to_stand",
            Name = "Sit to stand",
            Category = "strength",
            Purpose = "Builds leg strength and confidence for getting up from chairs, the car and the toilet.",
            Steps =
            [
                "Sit towards the front of a firm chair, feet flat and slightly apart.",
                "Lean forward a little, with your nose over your toes.",
                "Stand up by pushing through your feet, without using your hands if you can.",
                "Sit down again slowly, reaching your bottom back to the seat.",
            ],
            Dosage = new(3, 8, null, null, MostDays),
            Easier = ["Use a higher seat or push up with your hands on your thighs."],
            Harder = ["Use a lower seat, go slower, or hold a weight against your chest."],
            Aims = ["leg_strength", "lifting_skill"],
            Findings = ["low_activity", "postural_fault", "fear_avoidance"],
            Activities = ["sitting", "standing", "lifting", "stairs"],
            Cautions = ["Keep a steady chair behind you; start with a higher seat if your balance is unsure."],
        },
        new()
        {
            Code = "step_ups",
            Name = "Step-ups",
            Category = "strength",
            Purpose = "Strengthens the legs and hips for stairs, hills and getting about.",
            Steps =
            [
                "Stand facing the bottom step of a staircase, holding the banister.",
                "Step up with one foot and push through that heel to bring the other foot up.",
                "Step back down with control, leading with the same foot.",
                "Do all the repetitions with one leg leading, then switch.",
            ],
            Dosage = new(3, 10, null, null, MostDays),
            Easier = ["Use a lower step and hold on with both hands."],
            Harder = ["Use a higher step, or hold a shopping bag in the opposite hand."],
            Aims = ["leg_strength", "glute_strength"],
            Findings = ["low_activity", "low_endurance"],
            Activities = ["stairs", "walking", "running", "sport"],
            Cautions = ["Always hold a rail; stop if your knee hurts."],
        },
        new()
        {
            Code = "loaded_carry",
            Name = "Suitcase carry",
            Category = "endurance",
            Purpose = "Trains the trunk to stay upright while you carry something on one side, like a shopping bag.",
            Steps =
            [
                "Hold a bag or a water bottle in one hand, arm by your side.",
                "Stand tall without leaning towards or away from the weight.",
                "Walk slowly for about 20 steps, breathing normally.",
                "Put it down, change hands and walk back.",
            ],
            Dosage = new(3, 2, null, null, MostDays),
            Easier = ["Use a light weight, or carry a bag in each hand."],
            Harder = ["Use a heavier bag, walk further, or carry it up a few stairs."],
            Aims = ["trunk_endurance", "lifting_skill"],
            Findings = ["low_endurance"],
            Activities = ["carrying", "lifting", "gardening", "housework"],
            Cautions = ["Start light: a load you could carry for twice the distance."],
        },
        new()
        {
            Code = "graded_lifting",
            Name = "Graded lifting practice",
            Category = "function",
            Purpose = "Rebuilds confidence and capacity for lifting, starting light and adding a little at a time.",
            Steps =
            [
                "Put a light box or bag on a chair seat. Stand close to it with feet apart.",
                "Bend at the hips and knees, grip the object close to you and stand up with it.",
                "Put it down the same way, without rushing.",
                "Over the weeks, lift from lower down (a step, then the floor) and slowly add weight.",
            ],
            Dosage = new(2, 8, null, null, MostDays),
            Easier = ["Lift from a table height and use a very light object."],
            Harder = ["Lift from the floor, add weight gradually, or lift and turn to place the object on a shelf."],
            Aims = ["lifting_skill", "trunk_endurance"],
            Findings = ["fear_avoidance", "low_endurance"],
            Activities = ["lifting", "carrying", "gardening", "housework", "bending"],
            Cautions = ["Plan each step up with your therapist; add load only when the last level felt manageable the next day."],
        },
        new()
        {
            Code = "graded_walking",
            Name = "Graded walking",
            Category = "aerobic",
            Purpose = "Walking is one of the best things for a sore back. Building it up in planned steps improves fitness and confidence.",
            Steps =
            [
                "Find how long you can walk comfortably today, even if it is only 5 minutes. That is your starting time.",
                "Walk that amount once or twice a day at an easy, steady pace.",
                "Every few days, add 1-2 minutes if the last walks felt fine the next day.",
                "Work towards 30 minutes on most days.",
            ],
            Dosage = new(null, null, null, 10, "1-2 walks a day, adding 1-2 minutes every few days"),
            Easier = ["Split the walk into two or three shorter walks.", "Walk on the flat or with poles."],
            Harder = ["Add gentle hills, walk briskly, or mix in short stretches of jogging."],
            Aims = ["aerobic_fitness"],
            Findings = ["low_endurance", "low_activity", "fear_avoidance"],
            Activities = ["walking", "running", "standing", "sport", "stairs"],
            Cautions = ["On a bad day, keep walking but go back a step rather than stopping."],
        },
        new()
        {
            Code = "sciatic_nerve_slider",
            Name = "Sciatic nerve slider",
            Category = "neural",
            Purpose = "Gently moves the nerve that runs down the back of the leg, which can ease nerve-related leg pain. Only if it is comfortable.",
            Steps =
            [
                "Sit on the edge of a chair, sitting tall.",
                "Slowly straighten one knee while you tip your head back to look up.",
                "Then bend the knee again while you bring your chin down.",
                "Keep the movement smooth and stop well before any strong pulling or tingling.",
            ],
            Dosage = new(2, 10, null, null, "daily, only if it does not stir up leg symptoms"),
            Easier = ["Move the knee only a short way, or leave the head still."],
            Harder = ["Do it lying on your back, holding the thigh with the hip bent."],
            Aims = ["neural_mobility"],
            Findings = ["radicular_signs"],
            Activities = ["walking", "sitting", "bending"],
            Cautions =
            [
                "Only if tolerated: this should feel like gentle movement, not a stretch.",
                "Stop and tell your therapist if leg pain, tingling or numbness is worse afterwards or spreads.",
                "New weakness, numbness between the legs or bladder changes: get medical help straight away.",
            ],
        },
        new()
        {
            Code = "diaphragmatic_breathing",
            Name = "Slow belly breathing",
            Category = "relaxation",
            Purpose = "Slow breathing calms the nervous system, eases muscle tension and helps with stress and sleep.",
            Steps =
            [
                "Lie on your back with knees bent, or sit comfortably. Put one hand on your chest and one on your belly.",
                "Breathe in gently through your nose for about 4 seconds, letting the belly rise while the chest stays fairly still.",
                "Breathe out slowly through the mouth for about 6 seconds, letting the belly fall.",
                "Carry on for a few minutes, letting the shoulders and back soften each time you breathe out.",
            ],
            Dosage = new(null, null, null, 5, "once or twice a day, and at bedtime"),
            Easier = ["Just notice your breathing without changing it for a minute."],
            Harder = ["Stretch to 10 minutes, or use it during a stressful moment in the day."],
            Aims = ["relaxation"],
            Findings = ["high_stress", "poor_sleep", "hypertonicity"],
            Activities = ["sleeping"],
            Cautions = ["If you feel light-headed, breathe more gently and shorten the breaths."],
        },
        new()
        {
            Code = "progressive_relaxation",
            Name = "Tense and release relaxation",
            Category = "relaxation",
            Purpose = "Helps you notice and let go of tension in the body, useful for stress and getting off to sleep.",
            Steps =
            [
                "Lie or sit comfortably and close your eyes if you like.",
                "Starting with your feet, tense the muscles gently for about 5 seconds, then let go and notice the difference for 10 seconds.",
                "Move up through the legs, bottom, tummy, hands, arms, shoulders and face.",
                "Finish with a few slow breaths.",
            ],
            Dosage = new(null, null, null, 10, "daily, or at bedtime"),
            Easier = ["Relax each area without tensing it first."],
            Harder = ["Use it in short form (shoulders and jaw only) during the working day."],
            Aims = ["relaxation"],
            Findings = ["high_stress", "poor_sleep"],
            Activities = ["sleeping"],
            Cautions = ["Tense gently; skip the lower back if tensing it is painful."],
        },
    ];
}
