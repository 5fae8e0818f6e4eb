using Bdis.Search.Hosting;

namespace Bdis.Web.Apis;

public static class SearchHostingWebExtensions
{
    /// <summary>The search engine (index, change-log applier) plus its /healthz part.</summary>
    public static WebApplicationBuilder AddBdisSearchApi(this WebApplicationBuilder builder)
    {
        builder.AddBdisSearch();
        SearchIndexHealth.Register(builder.Services);
        return builder;
    }
}
