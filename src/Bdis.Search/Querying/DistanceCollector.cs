using Bdis.Core.Geo;
using Bdis.Search.Contracts;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>
/// Keeps the <c>size</c> nearest matching documents (those without a position come last; equal distances by doc id)
/// and counts all. Several collectors over disjoint segments merge to what one collector over all would keep.
/// </summary>
public sealed class DistanceCollector(GeoPoint center, int size) : ICollector
{
    /// <summary>Farthest first (max-heap on distance, then doc id), so the head is the one to drop.</summary>
    private static readonly Comparer<(double Km, int Doc)> FarthestFirst = Comparer<(double Km, int Doc)>.Create((a, b) => b.CompareTo(a));

    private readonly PriorityQueue<(int Doc, double Km), (double Km, int Doc)> _nearest = new(FarthestFirst);
    private PointReader _points;
    private int _docBase;

    public long Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _points = new PointReader(context.AtomicReader);
        _docBase = context.DocBase;
    }

    public void Collect(int doc)
    {
        Total++;
        if (size <= 0)
        {
            return;
        }

        var km = _points.TryGet(doc, out var lat, out var lon) ? Distance.HaversineKm(center.Lat, center.Lon, lat, lon) : double.MaxValue;
        var entry = (km, _docBase + doc);
        if (_nearest.Count < size)
        {
            _nearest.Enqueue((_docBase + doc, km), entry);
        }
        else if (_nearest.TryPeek(out _, out var farthest) && entry.CompareTo(farthest) < 0)
        {
            _nearest.EnqueueDequeue((_docBase + doc, km), entry);
        }
    }

    /// <summary>Global doc ids, nearest first, from rank <paramref name="skip"/>.</summary>
    public IReadOnlyList<int> Nearest(int skip) => Merge([this], size, skip);

    /// <summary>The nearest <paramref name="size"/> documents kept by collectors over disjoint segments, from rank <paramref name="skip"/>.</summary>
    public static IReadOnlyList<int> Merge(IEnumerable<DistanceCollector> parts, int size, int skip) =>
        parts.SelectMany(p => p._nearest.UnorderedItems.Select(e => e.Element))
            .OrderBy(e => e.Km).ThenBy(e => e.Doc).Take(size).Skip(skip).Select(e => e.Doc).ToList();
}
