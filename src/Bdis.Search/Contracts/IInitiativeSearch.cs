namespace Bdis.Search.Contracts;

/// <summary>
/// Full-text and map search over published initiatives. The web pages, the HTTP API and the benchmark all go
/// through this one interface; the implementation reads a Lucene index derived from PostgreSQL.
/// </summary>
public interface IInitiativeSearch
{
    SearchResult Search(SearchQuery query);

    /// <summary>Up to <paramref name="max"/> completions (initiative names, communes, themes) for what is being typed.</summary>
    IReadOnlyList<Suggestion> Suggest(string prefix, int max = 10);

    /// <summary>Clusters and single initiatives inside a viewport, bounded in number whatever the zoom.</summary>
    ClusterResult Clusters(ClusterQuery query);
}
