using Lucene.Net.Index;

namespace Bdis.Search.Querying;

/// <summary>Per-segment access to coordinates for collectors (see <see cref="SegmentPoints"/>).</summary>
public readonly struct PointReader(AtomicReader reader)
{
    private readonly SegmentPoints _points = SegmentPoints.Of(reader);

    public bool TryGet(int doc, out double lat, out double lon)
    {
        lat = _points.Lat[doc];
        lon = _points.Lon[doc];
        return !double.IsNaN(lat);
    }
}
