using Bdis.Search.Contracts;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>
/// Groups the matching points of a viewport into a grid whose cell is about 60 screen pixels at the zoom level, and
/// never finer than 1/<see cref="MaxColumns"/> of the viewport (so a feature count stays bounded whatever the zoom
/// and viewport sent). Per cell: count, mean position, extent, and the first document for single points.
/// </summary>
public sealed class ClusterBuilder : ICollector
{
    public const int MaxColumns = 24;
    public const int MaxRows = 16;
    private const double CellPixels = 60;

    private readonly BoundingBox _box;
    private readonly double _cell;
    private readonly int _columns;
    private readonly Dictionary<int, Cell> _cells = [];
    private PointReader _points;
    private int _docBase;

    public ClusterBuilder(BoundingBox box, int zoom)
    {
        _box = box;
        var width = Width(box);
        var height = box.MaxLat - box.MinLat;
        var zoomCell = 360.0 / Math.Pow(2, Math.Clamp(zoom, 0, 22)) * CellPixels / 256;
        _cell = Math.Max(zoomCell, Math.Max(width / MaxColumns, height / MaxRows));
        _cell = Math.Max(_cell, 1e-9);
        _columns = (int)Math.Ceiling(width / _cell) + 1;
    }

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
        if (!_points.TryGet(doc, out var lat, out var lon))
        {
            return;
        }

        Total++;
        var dx = lon - _box.MinLon;
        if (dx < 0)
        {
            dx += 360;
        }

        var key = ((int)((lat - _box.MinLat) / _cell) * _columns) + (int)(dx / _cell);
        if (!_cells.TryGetValue(key, out var cell))
        {
            _cells[key] = cell = new Cell(_docBase + doc, lat, lon);
        }

        cell.Add(lat, lon);
    }

    public IEnumerable<Cell> Cells => _cells.Values;

    private static double Width(BoundingBox box) => box.MaxLon >= box.MinLon ? box.MaxLon - box.MinLon : box.MaxLon + 360 - box.MinLon;

    /// <summary>One grid cell's aggregate.</summary>
    public sealed class Cell(int firstDoc, double lat, double lon)
    {
        public int FirstDoc { get; } = firstDoc;

        public long Count { get; private set; }

        public double SumLat { get; private set; }

        public double SumLon { get; private set; }

        public double MinLat { get; private set; } = lat;

        public double MaxLat { get; private set; } = lat;

        public double MinLon { get; private set; } = lon;

        public double MaxLon { get; private set; } = lon;

        public void Add(double lat, double lon)
        {
            Count++;
            SumLat += lat;
            SumLon += lon;
            MinLat = Math.Min(MinLat, lat);
            MaxLat = Math.Max(MaxLat, lat);
            MinLon = Math.Min(MinLon, lon);
            MaxLon = Math.Max(MaxLon, lon);
        }
    }
}
