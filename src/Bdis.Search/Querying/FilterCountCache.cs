using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Bdis.Search.Contracts;
using Lucene.Net.Index;

namespace Bdis.Search.Querying;

/// <summary>
/// Total and facet counts of queries without text (the list's first page, filter clicks), per searcher generation:
/// an opened reader never changes, so its counts stay right until the next refresh replaces it.
/// </summary>
public sealed class FilterCountCache
{
    private const int MaxEntriesPerReader = 512;

    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, (long Total, SearchFacets Facets)>> _byReader = new();

    public bool TryGet(IndexReader reader, SearchFilters filters, out long total, out SearchFacets facets)
    {
        if (_byReader.TryGetValue(reader, out var entries) && entries.TryGetValue(Key(filters), out var hit))
        {
            (total, facets) = hit;
            return true;
        }

        total = 0;
        facets = SearchFacets.Empty;
        return false;
    }

    public void Add(IndexReader reader, SearchFilters filters, long total, SearchFacets facets)
    {
        var entries = _byReader.GetValue(reader, _ => new ConcurrentDictionary<string, (long, SearchFacets)>(StringComparer.Ordinal));
        if (entries.Count < MaxEntriesPerReader)
        {
            entries.TryAdd(Key(filters), (total, facets));
        }
    }

    private static string Key(SearchFilters f)
    {
        var sb = new StringBuilder();
        foreach (var list in new[] { f.Regions, f.Departments, f.Themes, f.Networks, f.LegalStatuses })
        {
            sb.AppendJoin(',', list.Order(StringComparer.Ordinal)).Append('|');
        }

        return sb.Append(f.Bbox).Append('|').Append(f.Near).Append('|').Append(f.RadiusKm).ToString();
    }
}
