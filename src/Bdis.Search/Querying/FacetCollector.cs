using Bdis.Search.Contracts;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>
/// Counts, over every matching document, the values of the facet fields by their per-segment ordinals
/// (<see cref="SegmentFacetOrdinals"/>): array increments per document, resolved to values once per segment, the
/// segments' counts being added up in segment order at the end (so collectors that saw segments in any order, see
/// <see cref="ParallelCollection"/>, merge to the very same result as one collector over all).
/// </summary>
public sealed class FacetCollector : ICollector
{
    private static readonly int FieldCount = SegmentFacetOrdinals.SingleFields.Length;

    private readonly List<SegmentCounts> _segments = [];
    private SegmentCounts? _current;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _current = new SegmentCounts(context.Ord, SegmentFacetOrdinals.Of(context.AtomicReader));
        _segments.Add(_current);
    }

    public void Collect(int doc)
    {
        var current = _current!;
        var segment = current.Ordinals;
        var ords = segment.Ords;
        var counts = current.Single;
        for (var f = 0; f < ords.Length; f++)
        {
            var ord = ords[f][doc];
            if (ord >= 0)
            {
                counts[f][ord]++;
            }
        }

        var themeOrds = segment.ThemeOrds;
        var themeCounts = current.Themes;
        for (int i = segment.ThemeStarts[doc], end = segment.ThemeStarts[doc + 1]; i < end; i++)
        {
            themeCounts[themeOrds[i]]++;
        }
    }

    public SearchFacets Result() => Merge([this]);

    /// <summary>The counts of collectors over disjoint sets of segments, as one collector over all would give them.</summary>
    public static SearchFacets Merge(IEnumerable<FacetCollector> parts)
    {
        var single = Enumerable.Range(0, FieldCount).Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
        var themes = new Dictionary<string, long>(StringComparer.Ordinal);
        // Segment order fixes the order in which values first appear, hence the dictionaries' (and the JSON's) order.
        foreach (var segment in parts.SelectMany(p => p._segments).OrderBy(s => s.LeafOrd))
        {
            for (var f = 0; f < FieldCount; f++)
            {
                Add(single[f], segment.Single[f], segment.Ordinals.Labels[f]);
            }

            Add(themes, segment.Themes, segment.Ordinals.ThemeLabels);
        }

        return new SearchFacets
        {
            Region = single[0],
            Department = single[1],
            Network = single[2],
            LegalStatus = single[3],
            Theme = themes,
        };
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

    private sealed class SegmentCounts(int leafOrd, SegmentFacetOrdinals ordinals)
    {
        public int LeafOrd { get; } = leafOrd;

        public SegmentFacetOrdinals Ordinals { get; } = ordinals;

        public int[][] Single { get; } = ordinals.Labels.Select(l => new int[l.Length]).ToArray();

        public int[] Themes { get; } = new int[ordinals.ThemeLabels.Length];
    }
}
