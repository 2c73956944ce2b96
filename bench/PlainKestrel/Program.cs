// The baseline for the bench scripts: ASP.NET Core on Kestrel with one small JSON endpoint and
// nothing else (no database, authentication, antiforgery or localization), in the same hosting
// configuration as the app (WebApplication.CreateBuilder, Production, Urls from the environment).
// bench/fhir.sh also gives it a folder of JSON files (PlainKestrel__JsonFolder): GET /json/{name}
// answers the file's text and POST /json/{name} answers it with 201, as the app answered that path.
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => new { service = "plain-kestrel", status = "ok", version = 1 });
if (app.Configuration["PlainKestrel:JsonFolder"] is { Length: > 0 } folder)
{
    var files = Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
    app.MapGet("/json/{name}", (string name) => files.TryGetValue(name, out var json) ? Results.Text(json, "application/fhir+json") : Results.NotFound());
    app.MapPost("/json/{name}", (string name) => files.TryGetValue(name, out var json) ? Results.Text(json, "application/fhir+json", statusCode: 201) : Results.NotFound());
}

app.Run();
