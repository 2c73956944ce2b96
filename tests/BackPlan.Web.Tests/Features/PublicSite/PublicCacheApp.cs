using System.Data.Common;
using BackPlan.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.PublicSite;

/// <summary>
/// The public site app counting the database commands of requests sent with
/// <see cref="CommandCounter.Header"/>: a page served from the output cache runs none.
/// </summary>
public sealed class PublicCacheApp : PublicSiteApp
{
    public CommandCounter Commands { get; } = new();

    protected override void Configure(IWebHostBuilder builder)
    {
        base.Configure(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Commands);
            services.ConfigureDbContext<SqliteBackPlanDb>((sp, o) => o.AddInterceptors(Commands.For(sp)));
            services.ConfigureDbContext<PostgresBackPlanDb>((sp, o) => o.AddInterceptors(Commands.For(sp)));
        });
    }

    /// <summary>GETs <paramref name="url"/> counting its database commands.</summary>
    public async Task<(HttpResponseMessage Response, string Body, int Commands)> GetCountedAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(CommandCounter.Header, "1");
        Commands.Reset();
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response, body, Commands.Count);
    }
}

/// <summary>Counts commands run for requests carrying <see cref="Header"/> (background services and other requests are not counted).</summary>
public sealed class CommandCounter
{
    public const string Header = "X-Test-Count-Commands";
    private int _count;
    private Interceptor? _interceptor;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    internal IInterceptor For(IServiceProvider sp) => _interceptor ??= new Interceptor(this, sp.GetRequiredService<IHttpContextAccessor>());

    private sealed class Interceptor(CommandCounter counter, IHttpContextAccessor http) : DbCommandInterceptor
    {
        public override DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result)
        {
            if (http.HttpContext?.Request.Headers.ContainsKey(Header) == true)
            {
                Interlocked.Increment(ref counter._count);
            }

            return result;
        }
    }
}
