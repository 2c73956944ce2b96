namespace BackPlan.Clinical.Screening;

/// <summary>
/// What the public self-screening page tells a person for each urgency: what to do, and what to
/// say to the doctor or emergency service (alongside the answers that led there). Our own words.
/// </summary>
public sealed record UrgencyAdvice(string Urgency, string Heading, string Instructions, string WhatToSay)
{
    public static IReadOnlyList<UrgencyAdvice> All { get; } =
    [
        new(Screening.Urgency.Emergency,
            "Get medical help today",
            "Go to an emergency department now, or call the emergency number (112 in Europe) if you cannot get there safely. Do not wait for a massage or exercise appointment, and do not book one until a doctor has seen you.",
            "Say that you have back pain together with the symptoms you ticked here, when each one started, and whether it is getting worse. Mention any history of cancer."),
        new(Screening.Urgency.Urgent,
            "See a doctor within the next few days",
            "Contact your GP or doctor today to be seen within days (the same or next day if you feel unwell or have a fever). Hands-on treatment waits until a doctor has reviewed you. If any symptom gets worse or you notice new bladder, bowel, numbness or leg weakness problems, go to an emergency department.",
            "Say that you have back pain with the symptoms you ticked here and ask for a medical review within days."),
        new(Screening.Urgency.Routine,
            "Mention this to your GP",
            "You can book treatment with us. Also make a routine appointment with your GP; your therapist will note the reason and may ask about it.",
            "Say that you have back pain and which of these points apply, and ask whether any tests are needed."),
        new(Screening.Urgency.None,
            "Nothing here needs a doctor first",
            "You can book an assessment. If you later notice trouble passing urine, loss of bowel control, numbness between the legs, or weakness in the legs, go to an emergency department straight away.",
            "Nothing extra is needed; tell your therapist about any changes in your health."),
    ];

    public static UrgencyAdvice For(string urgency) => All.FirstOrDefault(a => a.Urgency == urgency) ?? All[^1];
}
