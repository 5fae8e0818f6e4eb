using System.Globalization;
using Bdis.Web.Components;
using Bdis.Web.Site;
using Microsoft.AspNetCore.Localization;

namespace Bdis.Web.Hosting;

/// <summary>The public site: statically server-rendered Razor components (no circuit per visitor), localization, sitemap.</summary>
public static class BdisPagesExtensions
{
    public static WebApplicationBuilder AddBdisPages(this WebApplicationBuilder builder)
    {
        // From a build folder (./bdis.sh run, tests) the static web assets manifest points at the source wwwroot and
        // the collocated component scripts; a published app has them in its own wwwroot and no manifest.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents();
        builder.Services.AddLocalization();
        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.SectionName);
        builder.Services.AddOptions<MapOptions>().BindConfiguration(MapOptions.SectionName);
        builder.Services.AddSingleton<PublicUrls>();
        builder.Services.AddScoped<Components.Directory.CommuneCentre>();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = CultureSwitch.Supported.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture("fr");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.ApplyCurrentCultureToResponseHeaders = true;
            // Cookie (the header switch) first, then the browser's Accept-Language; no query string, so URLs stay clean.
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return builder;
    }

    public static WebApplication MapBdisPages(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.UseWhen(
            context => !ApiPaths.IsApi(context),
            pages => pages.UseStatusCodePagesWithReExecute("/erreur/{0}"));
        app.UseMiddleware<FrameHeaders>();
        // Routing after the status-code re-execution, so that re-executing "/erreur/404" selects its page.
        app.UseRouting();
        app.UseBdisLoadShedding();
        app.UseAntiforgery();
        app.MapGet("/langue", CultureSwitch.Switch).ExcludeFromDescription();
        app.MapGet("/robots.txt", SiteFiles.Robots).ExcludeFromDescription();
        app.MapGet("/sitemap.xml", SiteFiles.SitemapIndexAsync).ExcludeFromDescription();
        app.MapGet("/sitemaps/pages.xml", SiteFiles.PagesAsync).ExcludeFromDescription();
        app.MapGet("/sitemaps/initiatives-{part:int}.xml", SiteFiles.InitiativesAsync).ExcludeFromDescription();
        app.MapStaticAssets();
        app.MapRazorComponents<App>();
        return app;
    }
}
