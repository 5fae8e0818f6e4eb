using Bdis.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Bdis.Search.Querying;

/// <summary>Per-segment access to the coordinates kept as doc values (NaN for a record not on the map).</summary>
public readonly struct PointReader
{
    private readonly NumericDocValues? _lat;
    private readonly NumericDocValues? _lon;
    private readonly IBits? _has;

    public PointReader(AtomicReader reader)
    {
        _lat = reader.GetNumericDocValues(IndexFields.Lat);
        _lon = reader.GetNumericDocValues(IndexFields.Lon);
        _has = reader.GetDocsWithField(IndexFields.Lat);
    }

    public bool TryGet(int doc, out double lat, out double lon)
    {
        if (_lat is null || _lon is null || _has is null || !_has.Get(doc))
        {
            lat = lon = double.NaN;
            return false;
        }

        lat = BitConverter.Int64BitsToDouble(_lat.Get(doc));
        lon = BitConverter.Int64BitsToDouble(_lon.Get(doc));
        return true;
    }
}
