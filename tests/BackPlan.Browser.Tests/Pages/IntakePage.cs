using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BackPlan.Browser.Tests.Pages;

/// <summary>
/// Features/Intake/IntakePage.razor with its instruments (InstrumentFieldset.razor): each instrument
/// is a group named by its title, each multiple-choice item a group of radios named by the item's text.
/// </summary>
public sealed partial class IntakePage(IPage page)
{
    public const string Pain = "Numeric Pain Rating Scale";
    public const string Oswestry = "Oswestry Disability Index";
    public const string StartBack = "Keele STarT Back Screening Tool";
    public const string Goals = "Patient-Specific Functional Scale";
    public const string Sleep = "Sleep Quality Scale (single item)";
    public const string Stress = "Perceived Stress Scale (4-item)";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Intake", Level = 1 });

    public ILocator ErrorSummary => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Please correct the marked fields." });

    public ILocator OnsetDate => page.GetByLabel("When did this episode of pain begin?");

    public ILocator PreviousEpisodes => page.GetByLabel("Previous episodes of low back pain");

    public ILocator WorkAndActivities => page.GetByLabel("Work, sport and daily activities");

    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "Save intake" });

    public static async Task<IntakePage> ExpectOpenAsync(IPage page)
    {
        var intake = new IntakePage(page);
        await Assertions.Expect(intake.Heading).ToBeVisibleAsync();
        return intake;
    }

    public ILocator Instrument(string title) => page.GetByRole(AriaRole.Group, new() { Name = title, Exact = true });

    /// <summary>The multiple-choice items of an instrument, in order.</summary>
    public ILocator Questions(string instrument) => Instrument(instrument).GetByRole(AriaRole.Group);

    /// <summary>One multiple-choice item, by the start of its text.</summary>
    public ILocator Question(string instrument, Regex text) => Instrument(instrument).GetByRole(AriaRole.Group, new() { NameRegex = text });

    /// <summary>A screening question's checkbox, by the question as the patient hears it.</summary>
    public ILocator RedFlag(string question) => page.GetByRole(AriaRole.Checkbox, new() { Name = question, Exact = true });

    /// <summary>Ticks the answer whose label is <paramref name="answer"/> or starts with "<paramref name="answer"/>:" (as "2: sometimes").</summary>
    public static Task AnswerAsync(ILocator question, string answer) =>
        question.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex($"^{Regex.Escape(answer)}(:|$)") }).CheckAsync();

    public async Task AnswerPainAsync(int now, int average, int worst)
    {
        await AnswerAsync(Question(Pain, PainNow()), Number(now));
        await AnswerAsync(Question(Pain, PainAverage()), Number(average));
        await AnswerAsync(Question(Pain, PainWorst()), Number(worst));
    }

    /// <summary>Every ODI section with the same answer.</summary>
    public Task AnswerOswestryAsync(int eachSection) => AnswerAllAsync(Oswestry, 10, Number(eachSection));

    /// <summary>STarT Back: the first <paramref name="agree"/> statements agreed, the rest not, and how bothersome the pain is.</summary>
    public async Task AnswerStartBackAsync(int agree, int bothersome)
    {
        var questions = Questions(StartBack);
        for (var i = 0; i < 8; i++)
        {
            await AnswerAsync(questions.Nth(i), i < agree ? "Yes" : "No");
        }

        await AnswerAsync(questions.Nth(8), Number(bothersome));
    }

    /// <summary>A PSFS goal: the activity in the patient's words and how well they can do it now (0-10).</summary>
    public async Task AddGoalAsync(int number, string activity, int ability)
    {
        var goals = Instrument(Goals);
        await goals.GetByLabel($"Activity {number}", new() { Exact = true }).FillAsync(activity);
        await goals.GetByLabel(new Regex($"^Activity {number} chosen by the patient")).FillAsync(Number(ability));
    }

    public Task AnswerSleepAsync(int quality) => AnswerAsync(Questions(Sleep).First, Number(quality));

    public Task AnswerStressAsync(int eachItem) => AnswerAllAsync(Stress, 4, Number(eachItem));

    public async Task<EpisodePage> SaveAsync()
    {
        await SaveButton.ClickAsync();
        return await EpisodePage.ExpectOpenAsync(page);
    }

    private async Task AnswerAllAsync(string instrument, int count, string answer)
    {
        var questions = Questions(instrument);
        await Assertions.Expect(questions).ToHaveCountAsync(count);
        for (var i = 0; i < count; i++)
        {
            await AnswerAsync(questions.Nth(i), answer);
        }
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^Pain right now")]
    private static partial Regex PainNow();

    [GeneratedRegex("^Average pain")]
    private static partial Regex PainAverage();

    [GeneratedRegex("^Worst pain")]
    private static partial Regex PainWorst();
}
