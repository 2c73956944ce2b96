namespace BackPlan.Web.Platform;

/// <summary>
/// Where the app listens when nothing says otherwise: <see cref="Url"/>, for <c>dotnet run</c> and a
/// plain start. The standard settings always win, as containers expect: <c>ASPNETCORE_URLS</c>,
/// <c>ASPNETCORE_HTTP_PORTS</c> / <c>ASPNETCORE_HTTPS_PORTS</c> (and their <c>DOTNET_</c> forms),
/// <c>--urls</c>, <c>Urls</c> in any configuration source, or Kestrel endpoints. The default used to be
/// <c>Urls</c> in appsettings.json, which overrode the <c>ASPNETCORE_</c> variables (issue 15).
/// </summary>
public static class DefaultAddress
{
    public const string Url = "http://localhost:5080";

    /// <summary>True when no setting names an address or port.</summary>
    public static bool IsNeeded(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration["urls"])
        && string.IsNullOrWhiteSpace(configuration["http_ports"])
        && string.IsNullOrWhiteSpace(configuration["https_ports"])
        && !configuration.GetSection("Kestrel:Endpoints").Exists();

    public static void Apply(WebApplicationBuilder builder)
    {
        if (IsNeeded(builder.Configuration))
        {
            builder.WebHost.UseUrls(Url);
        }
    }
}
