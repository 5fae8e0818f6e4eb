using Bdis.Search.Contracts;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>
/// Groups the matching points of a viewport into a grid whose cell is about 60 screen pixels at the zoom level, and
/// never finer than 1/<see cref="MaxColumns"/> of the viewport (so the feature count stays bounded whatever the zoom
/// and viewport sent). Per cell: count, mean position, extent, theme counts, and the first document for single points.
/// Cells are flat arrays: adding a point is a few arithmetic operations, which matters at a million points.
/// A cell's mean position may lie near its border, next to its neighbour's: the cells whose markers would overlap on
/// screen (<see cref="ClusterMerge"/>) are then merged, so the map never draws one cluster over another.
/// </summary>
public sealed class ClusterBuilder : ICollector
{
    public const int MaxColumns = 24;
    public const int MaxRows = 16;
    private const double CellPixels = 60;

    private readonly BoundingBox _box;
    private readonly double _cell;
    private readonly int _columns;
    private readonly int _rows;
    private readonly long[] _count;
    private readonly double[] _sumLat;
    private readonly double[] _sumLon;
    private readonly double[] _minLat;
    private readonly double[] _maxLat;
    private readonly double[] _minLon;
    private readonly double[] _maxLon;
    private readonly int[] _firstDoc;
    private readonly int _zoom;
    private readonly ThemeCounts _themes;
    private PointReader _points;
    private SegmentFacetOrdinals? _facets;
    private int[] _segmentThemes = [];
    private int _docBase;
    private IReadOnlyList<Cell>? _cells;

    public ClusterBuilder(BoundingBox box, int zoom)
    {
        _box = box;
        _zoom = Math.Clamp(zoom, 0, 22);
        var width = Width(box);
        var height = box.MaxLat - box.MinLat;
        var zoomCell = 360.0 / Math.Pow(2, Math.Clamp(zoom, 0, 22)) * CellPixels / 256;
        _cell = Math.Max(1e-9, Math.Max(zoomCell, Math.Max(width / MaxColumns, height / MaxRows)));
        _columns = (int)Math.Floor(width / _cell) + 1;
        _rows = (int)Math.Floor(height / _cell) + 1;
        var cells = _columns * _rows;
        _count = new long[cells];
        _sumLat = new double[cells];
        _sumLon = new double[cells];
        _minLat = new double[cells];
        _maxLat = new double[cells];
        _minLon = new double[cells];
        _maxLon = new double[cells];
        _firstDoc = new int[cells];
        _themes = new ThemeCounts(cells);
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
        ReadThemes(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        if (_points.TryGet(doc, out var lat, out var lon))
        {
            CountThemes(Add(_docBase + doc, lat, lon), doc);
        }
    }

    /// <summary>
    /// Without text or filters: every live document of the index, read straight from the segment arrays
    /// (no query, no scorer, no per-document virtual calls).
    /// </summary>
    public void AddAll(IndexReader reader)
    {
        var box = _box;
        var acrossAntimeridian = box.MinLon > box.MaxLon;
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            ReadThemes(atomic);
            var points = SegmentPoints.Of(atomic);
            var live = atomic.LiveDocs;
            var lats = points.Lat;
            var lons = points.Lon;
            for (var doc = 0; doc < lats.Length; doc++)
            {
                var lat = lats[doc];
                if (!(lat >= box.MinLat && lat <= box.MaxLat))
                {
                    continue;
                }

                var lon = lons[doc];
                var inLon = acrossAntimeridian ? lon >= box.MinLon || lon <= box.MaxLon : lon >= box.MinLon && lon <= box.MaxLon;
                if (inLon && (live is null || live.Get(doc)))
                {
                    CountThemes(Add(leaf.DocBase + doc, lat, lon), doc);
                }
            }
        }
    }

    /// <summary>Adds a point to its cell and returns the cell.</summary>
    private int Add(int doc, double lat, double lon)
    {
        Total++;
        var dx = lon - _box.MinLon;
        if (dx < 0)
        {
            dx += 360;
        }

        var column = Math.Min(_columns - 1, (int)(dx / _cell));
        var row = Math.Clamp((int)((lat - _box.MinLat) / _cell), 0, _rows - 1);
        var i = (row * _columns) + column;
        if (_count[i]++ == 0)
        {
            _firstDoc[i] = doc;
            _minLat[i] = _maxLat[i] = lat;
            _minLon[i] = _maxLon[i] = lon;
        }
        else
        {
            if (lat < _minLat[i]) _minLat[i] = lat;
            if (lat > _maxLat[i]) _maxLat[i] = lat;
            if (lon < _minLon[i]) _minLon[i] = lon;
            if (lon > _maxLon[i]) _maxLon[i] = lon;
        }

        _sumLat[i] += lat;
        _sumLon[i] += lon;
        return i;
    }

    /// <summary>The segment's theme ordinals mapped once to this builder's own theme numbers.</summary>
    private void ReadThemes(AtomicReader reader)
    {
        _facets = SegmentFacetOrdinals.Of(reader);
        _segmentThemes = _facets.ThemeLabels.Select(_themes.Number).ToArray();
    }

    private void CountThemes(int cell, int segmentDoc)
    {
        var facets = _facets!;
        var end = facets.ThemeStarts[segmentDoc + 1];
        for (var k = facets.ThemeStarts[segmentDoc]; k < end; k++)
        {
            _themes.Add(cell, _segmentThemes[facets.ThemeOrds[k]]);
        }
    }

    /// <summary>The groups to draw, neighbouring cells whose markers would overlap merged.</summary>
    public IReadOnlyList<Cell> Cells => _cells ??= BuildCells();

    private List<Cell> BuildCells()
    {
        var groups = new List<ClusterMerge.Group>();
        for (var i = 0; i < _count.Length; i++)
        {
            if (_count[i] > 0)
            {
                groups.Add(new ClusterMerge.Group(i, _count[i], _sumLat[i], _sumLon[i], _minLat[i], _maxLat[i], _minLon[i], _maxLon[i]));
            }
        }

        return ClusterMerge.Run(groups, _zoom, _box.MinLon).Select(g => new Cell(
            _firstDoc[g.Cells[0]], g.Count, g.SumLat / g.Count, g.SumLon / g.Count,
            new BoundingBox(g.MinLon, g.MinLat, g.MaxLon, g.MaxLat), _themes.Dominant(g.Cells))).ToList();
    }

    private static double Width(BoundingBox box) => box.MaxLon >= box.MinLon ? box.MaxLon - box.MinLon : box.MaxLon + 360 - box.MinLon;

    /// <summary>
    /// One group's aggregate: how many, where on average, over what extent, one of its documents, and its most frequent
    /// theme code (a top theme counts each of its records, so the most frequent code is, or belongs to, the dominant
    /// top theme).
    /// </summary>
    public readonly record struct Cell(int FirstDoc, long Count, double Lat, double Lon, BoundingBox Extent, string? Theme = null);
}
