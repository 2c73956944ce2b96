using System.Text;
using System.Xml;
using BackPlan.Web.Data;
using BackPlan.Web.Features.PublicSite;
using BackPlan.Web.Platform.Auditing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Articles;

/// <summary>The public site's non-page addresses: cover images, sitemap.xml and robots.txt.</summary>
public static class ArticleEndpoints
{
    private static readonly string[] PublicPaths = ["/", "/articles", "/contact", "/self-check"];

    public static void MapPublicSiteEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/article-covers/{id:guid}", Cover).AllowAnonymous().CacheOutput(PublicPageCache.Policy).HasNoPatientData().ExcludeFromDescription();
        app.MapGet("/sitemap.xml", Sitemap).AllowAnonymous().CacheOutput(PublicPageCache.Policy).HasNoPatientData().ExcludeFromDescription();
        app.MapGet("/robots.txt", Robots).AllowAnonymous().CacheOutput(PublicPageCache.Policy).HasNoPatientData().ExcludeFromDescription();
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> Cover(Guid id, PublicClinic site, BackPlanDb db, TimeProvider time, HttpContext context)
    {
        await site.EnterAsync();
        var now = time.GetUtcNow().UtcDateTime;
        // Only covers of public articles; staff see a draft's cover in the editor, signed in.
        var isPublic = await PublicArticles.Query(db, now).AnyAsync(a => a.Id == id);
        var cover = isPublic || context.User.IsInRole(Platform.Tenancy.Roles.Admin) || context.User.IsInRole(Platform.Tenancy.Roles.Practitioner)
            ? await db.ArticleCovers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id)
            : null;
        if (cover is null)
        {
            return TypedResults.NotFound();
        }

        // The URL carries the cover's version, so a changed image has a new address.
        context.Response.Headers.CacheControl = isPublic ? "public, max-age=604800" : "private, no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(cover.Bytes, cover.ContentType);
    }

    private static async Task<ContentHttpResult> Sitemap(PublicClinic site, BackPlanDb db, TimeProvider time, HttpContext context)
    {
        var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}";
        var articles = new List<(string Slug, DateTime Updated)>();
        if (await site.EnterAsync() is not null)
        {
            var list = await PublicArticles.Query(db, time.GetUtcNow().UtcDateTime).Select(a => new { a.Slug, a.UpdatedAt }).ToListAsync();
            articles = list.Select(a => (a.Slug, a.UpdatedAt)).ToList();
        }

        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            const string xhtml = "http://www.w3.org/1999/xhtml";
            xml.WriteStartElement("urlset", ns);
            xml.WriteAttributeString("xmlns", "xhtml", null, xhtml);
            foreach (var path in PublicPaths)
            {
                Url(path, null);
            }

            foreach (var (slug, updated) in articles)
            {
                Url($"/articles/{Uri.EscapeDataString(slug)}", updated);
            }

            xml.WriteEndElement();

            void Url(string path, DateTime? modified)
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, baseUrl + path);
                if (modified is { } m)
                {
                    xml.WriteElementString("lastmod", ns, m.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                foreach (var culture in new[] { "en", "pl" })
                {
                    xml.WriteStartElement("xhtml", "link", xhtml);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", culture);
                    xml.WriteAttributeString("href", $"{baseUrl}{path}?culture={culture}");
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }
        }

        // StringBuilder output declares utf-16; the body is sent as UTF-8.
        return TypedResults.Content(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/xml", Encoding.UTF8);
    }

    private static ContentHttpResult Robots(HttpContext context) => TypedResults.Content($"""
        User-agent: *
        Disallow: /api/
        Disallow: /fhir/
        Disallow: /account/
        Disallow: /portal
        Disallow: /workspace
        Disallow: /patients
        Disallow: /episodes
        Disallow: /plans
        Disallow: /calendar
        Disallow: /staff
        Disallow: /staff-articles
        Disallow: /settings
        Disallow: /alerts
        Disallow: /audit
        Disallow: /instruments
        Disallow: /culture/
        Allow: /

        Sitemap: {context.Request.Scheme}://{context.Request.Host}/sitemap.xml

        """, "text/plain", Encoding.UTF8);
}
