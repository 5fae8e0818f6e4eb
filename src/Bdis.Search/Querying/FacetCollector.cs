using Bdis.Search.Contracts;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>
/// Counts, over every matching document, the values of the facet fields by their per-segment ordinals
/// (<see cref="SegmentFacetOrdinals"/>): array increments per document, resolved to values once per segment.
/// </summary>
public sealed class FacetCollector : ICollector
{
    private static readonly int FieldCount = SegmentFacetOrdinals.SingleFields.Length;

    private readonly Dictionary<string, long>[] _single = Enumerable.Range(0, FieldCount).Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
    private readonly Dictionary<string, long> _themes = new(StringComparer.Ordinal);
    private readonly int[][] _segmentCounts = new int[FieldCount][];
    private SegmentFacetOrdinals? _segment;
    private int[] _segmentThemeCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var segment = SegmentFacetOrdinals.Of(context.AtomicReader);
        for (var f = 0; f < FieldCount; f++)
        {
            _segmentCounts[f] = new int[segment.Labels[f].Length];
        }

        _segmentThemeCounts = new int[segment.ThemeLabels.Length];
        _segment = segment;
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        var ords = segment.Ords;
        for (var f = 0; f < ords.Length; f++)
        {
            var ord = ords[f][doc];
            if (ord >= 0)
            {
                _segmentCounts[f][ord]++;
            }
        }

        var themeOrds = segment.ThemeOrds;
        for (int i = segment.ThemeStarts[doc], end = segment.ThemeStarts[doc + 1]; i < end; i++)
        {
            _segmentThemeCounts[themeOrds[i]]++;
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
        if (_segment is not { } segment)
        {
            return;
        }

        for (var f = 0; f < FieldCount; f++)
        {
            Add(_single[f], _segmentCounts[f], segment.Labels[f]);
        }

        Add(_themes, _segmentThemeCounts, segment.ThemeLabels);
        _segment = null;
    }

    private static void Add(Dictionary<string, long> totals, int[] counts, string[] labels)
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                totals[labels[ord]] = totals.GetValueOrDefault(labels[ord]) + counts[ord];
            }
        }
    }
}
