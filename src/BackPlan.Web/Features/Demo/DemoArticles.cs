using BackPlan.Web.Data;
using BackPlan.Web.Features.Articles;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.Staff;

namespace BackPlan.Web.Features.Demo;

/// <summary>The demo clinic's public website: its public details and three education articles (our own words).</summary>
public static class DemoArticles
{
    public static void AddPublicSite(BackPlanDb db, Clinic clinic, List<StaffMember> practitioners, DateTime now)
    {
        clinic.PublicDescription = "A small clinic in central Warsaw for people with low back pain. We combine soft tissue therapy with exercise you can do at home, clear explanations and practical advice on posture, work and sleep, and we measure how you are doing at every step.";
        clinic.PublicServices = "Assessment of low back pain, with screening for anything that needs a doctor\nSoft tissue therapy: massage, myofascial release, soft tissue mobilisation\nA home exercise program tailored to you, with progress tracking\nAdvice on posture, work set-up, activity and sleep";
        clinic.PublicPhone = "+48 22 000 00 00";
        clinic.PublicEmail = $"hello@{DemoClinic.Domain}";
        practitioners[0].Qualifications = "MSc Physiotherapy; licensed physiotherapist";
        practitioners[0].PublicBio = "Tomasz helps people with persistent back pain get moving again, with a program that fits their day.";
        practitioners[1].Qualifications = "Certified massage therapist; myofascial release course";
        practitioners[1].PublicBio = "Marta combines hands-on soft tissue work with simple exercises and advice you can use at home.";

        db.Articles.AddRange(
            Article("soft-tissue-therapy-for-low-back-pain", "Soft tissue therapy for low back pain: what the evidence says",
                "What massage and other soft tissue techniques can and cannot do for low back pain, and why we always combine them with exercise.",
                "soft tissue therapy, evidence, back pain", SoftTissue, practitioners[0], now.AddDays(-21)),
            Article("staying-active-with-back-pain", "Staying active with back pain",
                "Why gentle movement usually helps a sore back more than rest, and how to start when moving feels hard.",
                "exercise, back pain, self-care", StayingActive, practitioners[0], now.AddDays(-10)),
            Article("soreness-after-treatment", "Soreness after treatment: what is normal and when to seek help",
                "Some soreness the day after soft tissue work is common. Here is what to expect, what helps, and the signs that need a doctor.",
                "soft tissue therapy, safety, self-care", Soreness, practitioners[1], now.AddDays(-3)));
    }

    private static Article Article(string slug, string title, string summary, string tags, string body, StaffMember author, DateTime publishedAt) => new()
    {
        Slug = slug,
        Title = title,
        Summary = summary,
        Tags = ArticleTags.FromInput(tags),
        BodyMarkdown = body,
        Status = ArticleStatus.Published,
        PublishAt = publishedAt,
        AuthorStaffMemberId = author.Id,
        CreatedAt = publishedAt,
        UpdatedAt = publishedAt,
    };

    private const string SoftTissue = """
        Soft tissue therapy means working with the muscles, fascia and other soft structures by hand: massage, myofascial release, soft tissue mobilisation and similar techniques. Many people with low back pain find it pleasant and relieving. But what do studies actually show?

        ## What the research finds

        - **It can ease pain in the short term.** A Cochrane review of massage for low back pain (Furlan and colleagues, 2015) found that massage reduced pain more than no treatment or sham treatment in the weeks after a course of sessions, and a little more than some other active treatments. The authors rated their confidence in these results as low to very low, because many trials were small.
        - **It works best as part of a package.** In a Canadian trial (Preyde, 2000), people with subacute back pain received soft tissue work together with exercise and posture education, soft tissue work alone, exercise and posture education alone, or a sham treatment. One month later, 63 % of the combined group reported no pain, compared with 27 % after soft tissue work alone, 14 % after exercise and posture education alone and none after the sham. The groups were small, so the exact numbers are uncertain, but the pattern is clear.
        - **Guidelines agree.** The UK's NICE guideline on low back pain (NG59) says manual therapy, including soft tissue techniques, may be considered, but only together with exercise, never on its own. The American College of Physicians (2017) lists massage among the first options for back pain of recent onset.

        ## What this means for your care

        We use soft tissue therapy to make moving easier, not as a treatment on its own. Every program we build also includes exercise you can do at home, an explanation of what is going on in your back, and advice on work, activity and sleep. We measure pain and function at the start and at review points, so you and your practitioner can see whether the program is working and change it if not.

        ## Sources

        - Furlan AD, Giraldo M, Baskwill A, Irvin E, Imamura M. Massage for low-back pain. Cochrane Database of Systematic Reviews 2015, Issue 9: CD001929.
        - Preyde M. Effectiveness of massage therapy for subacute low-back pain: a randomized controlled trial. CMAJ 2000;162(13):1815-20.
        - National Institute for Health and Care Excellence. Low back pain and sciatica in over 16s: assessment and management (NG59), 2016, updated 2020.
        - Qaseem A, Wilt TJ, McLean RM, Forciea MA. Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians. Ann Intern Med 2017;166(7):514-30.
        """;

    private const string StayingActive = """
        When your back hurts, lying down and waiting for it to pass can feel like the safest choice. For most back pain, it is not. Guidelines advise staying as active as you can and carrying on with normal activities, adjusting them rather than stopping them.

        ## Why movement helps

        Muscles and joints that move stay supple and strong. Long rest tends to make the back stiffer and the pain more worrying. Gentle, regular activity also helps you sleep and keeps your mood up, which matters because stress and poor sleep can make pain feel worse.

        ## How to start

        - **Start small and often.** A ten-minute walk two or three times a day is a good beginning.
        - **Some discomfort is fine.** Mild discomfort while moving does not mean you are causing harm. If pain is clearly worse the next day, do a little less, then build up again.
        - **Keep doing what matters to you.** Work out which parts of your day you can keep, perhaps with more breaks or a different position.
        - **Do your home exercises.** The exercises in your program are chosen for you. A few minutes every day does more than a long session once a week.

        ## When to get help

        If your pain keeps you from your usual activities for more than a few weeks, or you are unsure which movements are safe for you, ask us or your doctor. And see the signs that need medical attention in our article on soreness after treatment.
        """;

    private const string Soreness = """
        It is common to feel a little sore or tired in the day after soft tissue work, much like after an unusual workout. In one survey of massage clients, about one in ten described mild discomfort the next day. It usually fades within a day or two.

        ## What helps

        - Keep moving gently: a walk is better than staying in one position.
        - Warmth, such as a warm shower, often eases stiffness.
        - Carry on with your home exercises, perhaps a bit lighter for a day.
        - Tell your practitioner at the next visit; they can adjust the pressure or technique.

        ## When to contact us

        Contact us before your next session if soreness lasts more than two or three days, is clearly worse than the pain you came with, or you notice bruising.

        ## When to seek medical help straight away

        Soreness after treatment should never include the following. If you notice any of them, call an emergency number or go to an emergency department, and say that you have back pain together with the symptom:

        - numbness around the genitals, buttocks or inner thighs (the "saddle" area);
        - new difficulty passing urine, loss of bladder or bowel control;
        - weakness in a leg that is getting worse, or numbness in both legs.

        Also see a doctor promptly if back pain comes with fever or feeling unwell, unexplained weight loss, or after a fall or injury.

        If you are not sure whether you should book or see a doctor first, try our [self-check](/self-check).
        """;
}
