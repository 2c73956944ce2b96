using BackPlan.Clinical.Content;
using BackPlan.Clinical.HomeProgram;

namespace BackPlan.Clinical.Tests.Content;

/// <summary>
/// The Polish libraries: every exercise and topic is translated, only the words differ from the
/// English source, and the "how often" words still count the same days a week.
/// </summary>
public class ContentTranslationTests
{
    public static TheoryData<string> Languages => [.. ContentLanguage.Translations];

    [Theory]
    [MemberData(nameof(Languages))]
    public void FindInLanguage_EveryExercise_SameCodesAndNumbersWithTranslatedWords(string language)
    {
        Assert.All(ExerciseLibrary.All, english =>
        {
            var translated = ExerciseLibrary.Find(english.Code, language);

            Assert.NotNull(translated);
            Assert.Equal(english.Code, translated.Code);
            Assert.Equal(english.Category, translated.Category);
            Assert.Equal(english.Aims, translated.Aims);
            Assert.Equal(english.Findings, translated.Findings);
            Assert.Equal(english.Activities, translated.Activities);
            Assert.Equal((english.Dosage.Sets, english.Dosage.Reps, english.Dosage.HoldSeconds, english.Dosage.Minutes), (translated.Dosage.Sets, translated.Dosage.Reps, translated.Dosage.HoldSeconds, translated.Dosage.Minutes));
            Translated(english.Code, english.Name, translated.Name);
            Translated(english.Code, english.Purpose, translated.Purpose);
            Translated(english.Code, english.Dosage.Frequency, translated.Dosage.Frequency);
            Assert.True(translated.Steps.Count >= 3, english.Code);
            TranslatedList(english.Code, english.Steps, translated.Steps);
            TranslatedList(english.Code, english.Easier, translated.Easier);
            TranslatedList(english.Code, english.Harder, translated.Harder);
            TranslatedList(english.Code, english.Cautions, translated.Cautions);
        });
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void FindInLanguage_EveryTopic_SameCodesWithTranslatedWords(string language)
    {
        Assert.All(TopicLibrary.All, english =>
        {
            var translated = TopicLibrary.Find(english.Code, language);

            Assert.NotNull(translated);
            Assert.Equal(english.Code, translated.Code);
            Assert.Equal(english.Kind, translated.Kind);
            Assert.Equal(english.Findings, translated.Findings);
            Assert.Equal(english.Risks, translated.Risks);
            Assert.Equal(english.Activities, translated.Activities);
            Translated(english.Code, english.Title, translated.Title);
            Translated(english.Code, english.Frequency, translated.Frequency);
            TranslatedList(english.Code, english.Body, translated.Body);
        });
    }

    [Fact]
    public void FindInPolish_EveryText_IsWrittenInPolish()
    {
        // A word list would be brittle; Polish letters in every exercise and topic show it is not English left over.
        var texts = ExerciseLibrary.AllIn(ContentLanguage.Polish).Select(e => (e.Code, string.Join(" ", [e.Name, e.Purpose, .. e.Steps, .. e.Easier, .. e.Harder, .. e.Cautions])))
            .Concat(TopicLibrary.AllIn(ContentLanguage.Polish).Select(t => (t.Code, string.Join(" ", [t.Title, .. t.Body]))));

        Assert.All(texts, t => Assert.Matches("[ąćęłńóśźż]", t.Item2));
    }

    [Fact]
    public void FindInPolish_EveryFrequency_CountsTheSameDaysAWeekAsTheEnglish()
    {
        Assert.All(ExerciseLibrary.All, e =>
            Assert.Equal(ExerciseFrequency.DaysPerWeek(e.Dosage.Frequency), ExerciseFrequency.DaysPerWeek(ExerciseLibrary.Find(e.Code, ContentLanguage.Polish)!.Dosage.Frequency)));
        Assert.All(TopicLibrary.All, t =>
            Assert.Equal(ExerciseFrequency.DaysPerWeek(t.Frequency), ExerciseFrequency.DaysPerWeek(TopicLibrary.Find(t.Code, ContentLanguage.Polish)!.Frequency)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("en")]
    [InlineData("de")]
    public void FindInLanguage_EnglishOrUntranslated_ReturnsTheEnglishRecord(string? language)
    {
        Assert.Same(ExerciseLibrary.Find("bird_dog"), ExerciseLibrary.Find("bird_dog", language));
        Assert.Same(TopicLibrary.Find("pacing"), TopicLibrary.Find("pacing", language));
        Assert.Same(ExerciseLibrary.All, ExerciseLibrary.AllIn(language));
        Assert.Same(TopicLibrary.All, TopicLibrary.AllIn(language));
    }

    [Fact]
    public void FindInLanguage_UnknownCode_IsNull()
    {
        Assert.Null(ExerciseLibrary.Find("no_such_exercise", ContentLanguage.Polish));
        Assert.Null(TopicLibrary.Find(null, ContentLanguage.Polish));
    }

    [Fact]
    public void FindInLanguage_UpperCaseLanguage_IsPolish()
    {
        Assert.Equal("Pies i ptak (bird-dog)", ExerciseLibrary.Find("bird_dog", "PL")!.Name);
    }

    [Fact]
    public void AllInPolish_SameCodesInTheSameOrder()
    {
        Assert.Equal(ExerciseLibrary.All.Select(e => e.Code), ExerciseLibrary.AllIn(ContentLanguage.Polish).Select(e => e.Code));
        Assert.Equal(TopicLibrary.All.Select(t => t.Code), TopicLibrary.AllIn(ContentLanguage.Polish).Select(t => t.Code));
    }

    [Theory]
    [InlineData("daily", "codziennie")]
    [InlineData("most days (4-6 days a week)", "większość dni (4–6 dni w tygodniu)")]
    [InlineData("3 times a week after work", "3 times a week after work")]
    [InlineData("", "")]
    public void Frequency_Polish_TranslatesLibraryWordsAndKeepsTypedWords(string english, string expected)
    {
        Assert.Equal(expected, ContentLanguage.Frequency(english, ContentLanguage.Polish));
        Assert.Equal(english, ContentLanguage.Frequency(english, ContentLanguage.English));
    }

    [Theory]
    [InlineData("codziennie", "daily")]
    [InlineData("większość dni (4–6 dni w tygodniu)", "most days (4-6 days a week)")]
    [InlineData("3 razy w tygodniu po pracy", "3 razy w tygodniu po pracy")]
    [InlineData("", "")]
    public void StoredFrequency_Polish_GivesBackTheLibraryWordsAndKeepsTypedWords(string shown, string expected)
    {
        Assert.Equal(expected, ContentLanguage.StoredFrequency(shown, ContentLanguage.Polish));
        Assert.Equal(shown, ContentLanguage.StoredFrequency(shown, ContentLanguage.English));
    }

    [Fact]
    public void StoredFrequency_EveryLibraryFrequency_SurvivesTheRoundTrip()
    {
        var frequencies = ExerciseLibrary.All.Select(e => e.Dosage.Frequency).Concat(TopicLibrary.All.Select(t => t.Frequency)).Distinct().ToList();

        Assert.All(frequencies, f => Assert.Equal(f, ContentLanguage.StoredFrequency(ContentLanguage.Frequency(f, ContentLanguage.Polish), ContentLanguage.Polish)));
    }

    private static void Translated(string code, string english, string translated)
    {
        Assert.False(string.IsNullOrWhiteSpace(translated), code);
        Assert.NotEqual(english, translated);
    }

    private static void TranslatedList(string code, IReadOnlyList<string> english, IReadOnlyList<string> translated)
    {
        Assert.Equal(english.Count, translated.Count);
        for (var i = 0; i < english.Count; i++)
        {
            Translated(code, english[i], translated[i]);
        }
    }
}
