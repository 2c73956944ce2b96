using BackPlan.Web.Platform;

namespace BackPlan.Web.Tests.Platform;

public class CsvFieldTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+48 600", "'+48 600")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("=HYPERLINK(\"u\",\"x\")", "\"'=HYPERLINK(\"\"u\"\",\"\"x\"\")\"")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("+2", "+2")]
    public void Of_QuotesWhenNeeded_AndDisarmsFormulas(string? value, string expected) =>
        Assert.Equal(expected, CsvField.Of(value));
}
