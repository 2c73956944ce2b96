using System.Globalization;
using BackPlan.Web.Resources;
using BackPlan.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace BackPlan.Web.Tests.Platform;

public class ClinicalMessagesTests(BackPlanApp app)
{
    [Theory]
    [InlineData("must be an integer from 0 to 5", "musi być liczbą całkowitą od 0 do 5")]
    [InlineData("must be a number from 0.5 to 10", "musi być liczbą od 0.5 do 10")]
    [InlineData("must be true or false", "musi mieć wartość tak lub nie")]
    [InlineData("required", "wymagane")]
    [InlineData("unknown finding 'x'", "unknown finding 'x'")] // no pattern: kept rather than lost
    public void Translate_Polish_PutsNumbersIntoTheTranslatedText(string english, string polish)
    {
        var localizer = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("pl");
            Assert.Equal(polish, ClinicalMessages.Translate(localizer, english));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal(english, ClinicalMessages.Translate(localizer, english));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
