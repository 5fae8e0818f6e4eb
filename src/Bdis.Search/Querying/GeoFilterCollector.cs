using Bdis.Core.Geo;
using Bdis.Search.Contracts;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>Passes on only the documents within <c>radiusKm</c> of a point (the range query has already cut a square).</summary>
public sealed class GeoFilterCollector(ICollector inner, GeoPoint center, double radiusKm) : PointFilterCollector(inner)
{
    protected override bool Accepts(double lat, double lon) => Distance.HaversineKm(center.Lat, center.Lon, lat, lon) <= radiusKm;
}
