using System.Globalization;
using Bdis.Core.Reference;
using Bdis.Web.Site;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Bdis.Web.Components.Tests;

/// <summary>A bUnit context with the real reference data and the real resource files, in French unless told.</summary>
public abstract class ComponentTestContext : BunitContext
{
    private static readonly Lazy<Referentials> SharedReferentials = new(() => Referentials.Load());

    protected ComponentTestContext(string culture = "fr")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        Services.AddSingleton(SharedReferentials.Value);
        Services.AddLocalization();
        Services.AddOptions<MapOptions>();
        Services.AddOptions<SiteOptions>();
    }

    protected static Referentials Referentials => SharedReferentials.Value;

    protected static void UseCulture(string culture) =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
}
