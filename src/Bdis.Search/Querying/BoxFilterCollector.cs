using Bdis.Search.Contracts;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>Passes on only the documents whose position is inside a bounding box (which may cross the antimeridian).</summary>
public sealed class BoxFilterCollector(ICollector inner, BoundingBox box) : PointFilterCollector(inner)
{
    public static bool Contains(BoundingBox box, double lat, double lon) =>
        lat >= box.MinLat && lat <= box.MaxLat
        && (box.MinLon <= box.MaxLon ? lon >= box.MinLon && lon <= box.MaxLon : lon >= box.MinLon || lon <= box.MaxLon);

    protected override bool Accepts(double lat, double lon) => Contains(box, lat, lon);
}
