using System.Text;
using Bdis.Search.Contracts;
using Bdis.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Bdis.Search.Querying;

/// <summary>
/// What a single marker on the map shows (id, slug, name, commune, themes), packed as one binary doc value so that
/// a street-level viewport with hundreds of markers reads them without decompressing stored-field blocks.
/// </summary>
public static class MapLabel
{
    private const char Separator = '\u001f';

    public static BytesRef Encode(IndexedInitiative i) => new(Encoding.UTF8.GetBytes(string.Join(Separator,
        i.Id.ToString("N"), i.Slug, i.Name, i.Commune ?? string.Empty, string.Join(' ', i.Themes))));

    /// <summary>The marker for global document <paramref name="doc"/>.</summary>
    public static MapFeature Read(IndexReader reader, int doc, GeoPoint position)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(IndexFields.MapLabel);
        var bytes = new BytesRef();
        values?.Get(doc - leaf.DocBase, bytes);
        var parts = bytes.Length == 0 ? [] : bytes.Utf8ToString().Split(Separator);
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
