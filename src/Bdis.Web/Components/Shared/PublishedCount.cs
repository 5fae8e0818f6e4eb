using Bdis.Search.Contracts;
using Bdis.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Bdis.Web.Components.Shared;

/// <summary>How many initiatives the directory holds, with the count of each theme, read from the search index.</summary>
public static class PublishedCount
{
    /// <summary>The number of published initiatives, or null while the index is being built.</summary>
    public static long? Of(IServiceProvider services) => Facets(services)?.Total;

    /// <summary>The whole directory's total and theme counts, or null while the index is being built.</summary>
    public static SearchResult? Facets(IServiceProvider services)
    {
        try
        {
            return services.GetService<IInitiativeSearch>()?.Search(new SearchQuery { PageSize = 1, WithFacets = true });
        }
        catch (SearchIndexUnavailableException)
        {
            return null;
        }
    }
}
