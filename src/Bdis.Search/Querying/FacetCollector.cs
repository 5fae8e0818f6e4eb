using Bdis.Search.Contracts;
using Bdis.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Bdis.Search.Querying;

/// <summary>
/// Counts, over every matching document, the values of the facet fields, through doc-values ordinals: an array
/// increment per document and field, resolved to strings once per segment.
/// </summary>
public sealed class FacetCollector : ICollector
{
    private static readonly string[] SingleFields = [IndexFields.Region, IndexFields.Department, IndexFields.Network, IndexFields.LegalStatus];

    private readonly Dictionary<string, long>[] _single = SingleFields.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
    private readonly Dictionary<string, long> _themes = new(StringComparer.Ordinal);
    private readonly SortedDocValues?[] _segmentValues = new SortedDocValues?[SingleFields.Length];
    private readonly int[]?[] _segmentCounts = new int[]?[SingleFields.Length];
    private SortedSetDocValues? _segmentThemes;
    private int[]? _segmentThemeCounts;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var f = 0; f < SingleFields.Length; f++)
        {
            var values = context.AtomicReader.GetSortedDocValues(SingleFields[f]);
            _segmentValues[f] = values;
            _segmentCounts[f] = values is null ? null : new int[values.ValueCount];
        }

        _segmentThemes = context.AtomicReader.GetSortedSetDocValues(IndexFields.ThemeWithTops);
        _segmentThemeCounts = _segmentThemes is null ? null : new int[_segmentThemes.ValueCount];
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < SingleFields.Length; f++)
        {
            if (_segmentValues[f] is { } values)
            {
                var ord = values.GetOrd(doc);
                if (ord >= 0)
                {
                    _segmentCounts[f]![ord]++;
                }
            }
        }

        if (_segmentThemes is { } themes)
        {
            themes.SetDocument(doc);
            long ord;
            while ((ord = themes.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _segmentThemeCounts![ord]++;
            }
        }
    }

    public SearchFacets Result()
    {
        Flush();
        return new SearchFacets
        {
            Region = _single[0],
            Department = _single[1],
            Network = _single[2],
            LegalStatus = _single[3],
            Theme = _themes,
        };
    }

    private void Flush()
    {
        var scratch = new BytesRef();
        for (var f = 0; f < SingleFields.Length; f++)
        {
            if (_segmentValues[f] is { } values && _segmentCounts[f] is { } counts)
            {
                for (var ord = 0; ord < counts.Length; ord++)
                {
                    if (counts[ord] > 0)
                    {
                        values.LookupOrd(ord, scratch);
                        var key = scratch.Utf8ToString();
                        _single[f][key] = _single[f].GetValueOrDefault(key) + counts[ord];
                    }
                }
            }

            _segmentValues[f] = null;
            _segmentCounts[f] = null;
        }

        if (_segmentThemes is { } themes && _segmentThemeCounts is { } themeCounts)
        {
            for (var ord = 0; ord < themeCounts.Length; ord++)
            {
                if (themeCounts[ord] > 0)
                {
                    themes.LookupOrd(ord, scratch);
                    var key = scratch.Utf8ToString();
                    _themes[key] = _themes.GetValueOrDefault(key) + themeCounts[ord];
                }
            }
        }

        _segmentThemes = null;
        _segmentThemeCounts = null;
    }
}
