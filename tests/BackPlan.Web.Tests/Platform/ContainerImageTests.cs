using System.Formats.Tar;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Platform;

/// <summary>
/// The container image that <c>dotnet publish src/BackPlan.Web /t:PublishContainer</c> makes (decision
/// 0035): built here on a bare stand-in base, so that every setting found comes from the project file.
/// </summary>
public sealed class ContainerImageTests(ContainerImage image) : IClassFixture<ContainerImage>
{
    private const string AppUser = "1654";

    [Fact]
    public void Image_User_IsTheUnprivilegedAppUser()
    {
        Assert.Equal(AppUser, image.Settings.GetProperty("User").GetString());
    }

    [Fact]
    public void Image_Entrypoint_StartsTheAppFromSlashApp()
    {
        Assert.Equal(["dotnet", "/app/BackPlan.Web.dll"], image.Settings.GetProperty("Entrypoint").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("/app/", image.Settings.GetProperty("WorkingDir").GetString());
    }

    [Fact]
    public void Image_ListensOn8080_AndSaysSo()
    {
        var environment = image.Settings.GetProperty("Env").EnumerateArray().Select(e => e.GetString()).ToList();

        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", environment);
        Assert.Contains("DOTNET_GCgen0size=0x1000000", environment); // the production GC budget (docs/performance.md)
        Assert.Equal(["8080/tcp"], image.Settings.GetProperty("ExposedPorts").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Image_AppLayer_HoldsThePublishedApp()
    {
        var app = Assert.Single(image.Layers); // the bare base has none: this one is the app's
        var files = app.Where(e => e.Type == TarEntryType.RegularFile).Select(e => e.Path).ToHashSet();

        Assert.All(app, e => Assert.StartsWith("/app", e.Path, StringComparison.Ordinal));
        Assert.Contains("/app/BackPlan.Web.dll", files);
        Assert.Contains("/app/BackPlan.Web.runtimeconfig.json", files);
        Assert.Contains("/app/BackPlan.Clinical.dll", files);
        Assert.Contains("/app/appsettings.json", files);
        Assert.Contains("/app/pl/BackPlan.Web.resources.dll", files);
        Assert.Contains(files, f => f.StartsWith("/app/wwwroot/", StringComparison.Ordinal));
    }

    [Fact]
    public void Image_AppFolder_BelongsToTheAppUser_WhoCanWriteItsDataThere()
    {
        // The SQLite default (data/backplan.db) and mail files without SMTP (data/mail) go under /app.
        var folder = Assert.Single(Assert.Single(image.Layers), e => e.Path == "/app");

        Assert.Equal(TarEntryType.Directory, folder.Type);
        Assert.Equal(AppUser, folder.Uid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(folder.Mode.HasFlag(UnixFileMode.UserWrite));
    }

    [Fact]
    public async Task DefaultBaseImage_IsTheOfficialAspNetImage()
    {
        // What anyone with internet gets: only the tests swap the base.
        var output = await Tools.RunOrFailAsync("dotnet",
            ["msbuild", Path.Combine(Repository.Root, "src", "BackPlan.Web"), "-t:ComputeContainerBaseImage", "-getProperty:ContainerBaseImage", "-nologo", "-nodeReuse:false"],
            TestContext.Current.CancellationToken);

        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0", output.Trim());
    }
}
