using System.Runtime.CompilerServices;
using Bdis.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Bdis.Search.Querying;

/// <summary>
/// The coordinates of one index segment as plain arrays (NaN where a record is not on the map), loaded once per
/// segment from doc values and shared by every query on it: map and distance code then reads memory, not codecs.
/// A segment never changes (deletions aside), so the arrays live as long as the segment core.
/// </summary>
public sealed class SegmentPoints
{
    private static readonly ConditionalWeakTable<object, SegmentPoints> Cache = new();

    private SegmentPoints(double[] lat, double[] lon)
    {
        Lat = lat;
        Lon = lon;
    }

    public double[] Lat { get; }

    public double[] Lon { get; }

    public static SegmentPoints Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Load(reader));

    private static SegmentPoints Load(AtomicReader reader)
    {
        var max = reader.MaxDoc;
        var lat = new double[max];
        var lon = new double[max];
        Array.Fill(lat, double.NaN);
        Array.Fill(lon, double.NaN);
        var values = reader.GetBinaryDocValues(IndexFields.MapLabel);
        var has = reader.GetDocsWithField(IndexFields.MapLabel);
        if (values is not null && has is not null)
        {
            var scratch = new BytesRef();
            for (var doc = 0; doc < max; doc++)
            {
                if (has.Get(doc))
                {
                    values.Get(doc, scratch);
                    MapLabel.TryReadPosition(scratch, out lat[doc], out lon[doc]);
                }
            }
        }

        return new SegmentPoints(lat, lon);
    }
}
