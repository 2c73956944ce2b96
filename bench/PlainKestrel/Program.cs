// The baseline for bench/load.sh: ASP.NET Core on Kestrel with one small JSON endpoint and
// nothing else (no database, authentication, antiforgery or localization), in the same hosting
// configuration as the app (WebApplication.CreateBuilder, Production, Urls from the environment).
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => new { service = "plain-kestrel", status = "ok", version = 1 });
app.Run();
