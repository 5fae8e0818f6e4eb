using System.Buffers.Binary;
using System.Text;
using Bdis.Search.Contracts;
using Bdis.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Bdis.Search.Querying;

/// <summary>
/// A located record's position (latitude and longitude, 8 bytes each, little-endian) and what its single marker on
/// the map shows (id, slug, name, commune, themes, UTF-8), packed as one binary doc value: a street-level viewport
/// with hundreds of markers reads them without decompressing stored-field blocks, and the position costs the bulk
/// build one doc-values field instead of three (Lucene.Net measures each numeric doc-values writer's memory by
/// reflection after every value).
/// </summary>
public static class MapLabel
{
    /// <summary>Bytes before the label: the latitude, then the longitude.</summary>
    public const int PositionBytes = 16;

    private const char Separator = '\u001f';

    public static BytesRef Encode(IndexedInitiative i, double lat, double lon)
    {
        var label = string.Join(Separator, i.Id.ToString("N"), i.Slug, i.Name, i.Commune ?? string.Empty, string.Join(' ', i.Themes));
        var bytes = new byte[PositionBytes + Encoding.UTF8.GetByteCount(label)];
        BinaryPrimitives.WriteDoubleLittleEndian(bytes, lat);
        BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(8), lon);
        Encoding.UTF8.GetBytes(label, bytes.AsSpan(PositionBytes));
        return new BytesRef(bytes);
    }

    /// <summary>The position at the start of a value read from the doc values; false when there is none.</summary>
    public static bool TryReadPosition(BytesRef value, out double lat, out double lon)
    {
        if (value.Length < PositionBytes)
        {
            lat = lon = double.NaN;
            return false;
        }

        var span = value.Bytes.AsSpan(value.Offset, PositionBytes);
        lat = BinaryPrimitives.ReadDoubleLittleEndian(span);
        lon = BinaryPrimitives.ReadDoubleLittleEndian(span[8..]);
        return true;
    }

    /// <summary>The marker for global document <paramref name="doc"/>.</summary>
    public static MapFeature Read(IndexReader reader, int doc, GeoPoint position)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(IndexFields.MapLabel);
        var bytes = new BytesRef();
        values?.Get(doc - leaf.DocBase, bytes);
        var parts = bytes.Length <= PositionBytes ? []
            : Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset + PositionBytes, bytes.Length - PositionBytes).Split(Separator);
        return new MapFeature
        {
            Position = position,
            Count = 1,
            Id = parts.Length > 0 && Guid.TryParseExact(parts[0], "N", out var id) ? id : null,
            Slug = parts.Length > 1 ? parts[1] : null,
            Name = parts.Length > 2 ? parts[2] : null,
            Commune = parts.Length > 3 && parts[3].Length > 0 ? parts[3] : null,
            Themes = parts.Length > 4 && parts[4].Length > 0 ? parts[4].Split(' ') : [],
        };
    }
}
