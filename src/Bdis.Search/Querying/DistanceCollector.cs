using Bdis.Core.Geo;
using Bdis.Search.Contracts;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>Keeps the <c>size</c> nearest matching documents (those without a position come last) and counts all.</summary>
public sealed class DistanceCollector(GeoPoint center, int size) : ICollector
{
    private readonly PriorityQueue<(int Doc, double Km), double> _nearest = new(Comparer<double>.Create((a, b) => b.CompareTo(a)));
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
        if (_nearest.Count < size)
        {
            _nearest.Enqueue((_docBase + doc, km), km);
        }
        else if (_nearest.TryPeek(out _, out var farthest) && km < farthest)
        {
            _nearest.EnqueueDequeue((_docBase + doc, km), km);
        }
    }

    /// <summary>Global doc ids, nearest first, from rank <paramref name="skip"/>.</summary>
    public IReadOnlyList<int> Nearest(int skip)
    {
        var all = _nearest.UnorderedItems.Select(e => e.Element).OrderBy(e => e.Km).ThenBy(e => e.Doc).Select(e => e.Doc);
        return all.Skip(skip).ToList();
    }
}
