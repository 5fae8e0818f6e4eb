namespace Bdis.Search.Querying;

/// <summary>
/// Merges groups whose markers would overlap on screen at a zoom level. The map draws a single record as a 28 px disc
/// and a cluster as a 34, 42 or 52 px disc (by count, see LeafletMap.razor.js): two groups whose centres are closer
/// than their radii plus a small gap become one, its position the mean of all their points, until no pair overlaps.
/// At most a few hundred groups per viewport, so a pairwise pass is cheap next to collecting the points.
/// </summary>
internal static class ClusterMerge
{
    private const double GapPixels = 4;

    public static double RadiusPixels(long count) => count <= 1 ? 14 : count < 10 ? 17 : count < 100 ? 21 : 26;

    public static List<Group> Run(List<Group> groups, int zoom, double originLon)
    {
        var scale = 256 * Math.Pow(2, zoom);
        foreach (var g in groups)
        {
            g.Project(scale, originLon);
        }

        bool merged;
        do
        {
            merged = false;
            // Largest first: small groups join the big one beside them rather than the other way round.
            groups.Sort((a, b) => b.Count.CompareTo(a.Count));
            for (var i = 0; i < groups.Count; i++)
            {
                var a = groups[i];
                if (a.Absorbed)
                {
                    continue;
                }

                for (var j = i + 1; j < groups.Count; j++)
                {
                    var b = groups[j];
                    if (!b.Absorbed && Overlap(a, b))
                    {
                        a.Absorb(b, scale, originLon);
                        merged = true;
                    }
                }
            }

            groups.RemoveAll(g => g.Absorbed);
        }
        while (merged);

        // Stable output order (row-major by first cell), whatever the merges did.
        groups.Sort((a, b) => a.Cells[0].CompareTo(b.Cells[0]));
        return groups;
    }

    private static bool Overlap(Group a, Group b)
    {
        var dx = a.X - b.X;
        var dy = a.Y - b.Y;
        var reach = RadiusPixels(a.Count) + RadiusPixels(b.Count) + GapPixels;
        return (dx * dx) + (dy * dy) < reach * reach;
    }

    /// <summary>A set of grid cells drawn as one marker, with its sums and extent.</summary>
    public sealed class Group(int cell, long count, double sumLat, double sumLon, double minLat, double maxLat, double minLon, double maxLon)
    {
        public List<int> Cells { get; } = [cell];

        public long Count { get; private set; } = count;

        public double SumLat { get; private set; } = sumLat;

        public double SumLon { get; private set; } = sumLon;

        public double MinLat { get; private set; } = minLat;

        public double MaxLat { get; private set; } = maxLat;

        public double MinLon { get; private set; } = minLon;

        public double MaxLon { get; private set; } = maxLon;

        public bool Absorbed { get; private set; }

        /// <summary>Web Mercator pixels at the zoom (x from the viewport's west edge, so the antimeridian does not cut).</summary>
        public double X { get; private set; }

        public double Y { get; private set; }

        public void Project(double scale, double originLon)
        {
            var dx = (SumLon / Count) - originLon;
            if (dx < 0)
            {
                dx += 360;
            }

            var lat = Math.Clamp(SumLat / Count, -85.05, 85.05) * Math.PI / 180;
            X = dx / 360 * scale;
            Y = (1 - (Math.Log(Math.Tan(lat) + (1 / Math.Cos(lat))) / Math.PI)) / 2 * scale;
        }

        public void Absorb(Group other, double scale, double originLon)
        {
            Cells.AddRange(other.Cells);
            Count += other.Count;
            SumLat += other.SumLat;
            SumLon += other.SumLon;
            MinLat = Math.Min(MinLat, other.MinLat);
            MaxLat = Math.Max(MaxLat, other.MaxLat);
            MinLon = Math.Min(MinLon, other.MinLon);
            MaxLon = Math.Max(MaxLon, other.MaxLon);
            other.Absorbed = true;
            Project(scale, originLon);
        }
    }
}
