using Bdis.Search.Contracts;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>Passes on only the documents whose position is inside a bounding box (which may cross the antimeridian).</summary>
public sealed class BoxFilterCollector(ICollector inner, BoundingBox box) : ICollector
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
        if (_points.TryGet(doc, out var lat, out var lon) && Contains(box, lat, lon))
        {
            inner.Collect(doc);
        }
    }

    public static bool Contains(BoundingBox box, double lat, double lon) =>
        lat >= box.MinLat && lat <= box.MaxLat
        && (box.MinLon <= box.MaxLon ? lon >= box.MinLon && lon <= box.MaxLon : lon >= box.MinLon || lon <= box.MaxLon);
}
