using Bdis.Core.Geo;
using Bdis.Search.Contracts;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>Passes on only the documents within <c>radiusKm</c> of a point (the range query has already cut a square).</summary>
public sealed class GeoFilterCollector(ICollector inner, GeoPoint center, double radiusKm) : ICollector
{
    private PointReader _points;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _points = new PointReader(context.AtomicReader);
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (_points.TryGet(doc, out var lat, out var lon) && Distance.HaversineKm(center.Lat, center.Lon, lat, lon) <= radiusKm)
        {
            inner.Collect(doc);
        }
    }
}
