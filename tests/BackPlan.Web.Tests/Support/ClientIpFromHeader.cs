using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace BackPlan.Web.Tests.Support;

/// <summary>
/// Lets a test choose the client's IP address (the per-IP limit of the public forms) through the
/// <see cref="Header"/> request header. Register with <c>services.AddTransient&lt;IStartupFilter, ClientIpFromHeader&gt;()</c>.
/// </summary>
public sealed class ClientIpFromHeader : IStartupFilter
{
    public const string Header = "X-Test-Client-Ip";

    /// <summary>A client that sends every request from <paramref name="ip"/>.</summary>
    public static HttpClient NewClient(BackPlanApp app, string ip)
    {
        var client = Browserless.NewClient(app);
        client.DefaultRequestHeaders.Add(Header, ip);
        return client;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((HttpContext context, RequestDelegate following) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header], out var ip))
            {
                context.Connection.RemoteIpAddress = ip;
            }

            return following(context);
        });
        next(app);
    };
}
