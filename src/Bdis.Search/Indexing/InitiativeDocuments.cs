using Bdis.Core.Reference;
using Bdis.Core.Text;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Bdis.Search.Indexing;

/// <summary>Maps an initiative to its Lucene document.</summary>
public sealed class InitiativeDocuments(Referentials referentials)
{
    /// <summary>Coordinates as trie-encoded numbers for range queries: precision step 8 (4 terms per value).</summary>
    public const int CoordinatePrecisionStep = 8;

    private static readonly FieldType CoordinateType = CreateCoordinateType();

    public Document Create(IndexedInitiative i)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Id, i.Id.ToString("D"), Field.Store.YES),
            new StoredField(IndexFields.Slug, i.Slug),
            new StoredField(IndexFields.Name, i.Name),
            new TextField(IndexFields.NameStemmed, i.Name, Field.Store.NO),
            new TextField(IndexFields.NameFolded, i.Name, Field.Store.NO),
            new SortedDocValuesField(IndexFields.NameSort, new BytesRef(TextKey.Normalize(i.Name))),
            new StringField(IndexFields.Network, i.NetworkCode, Field.Store.YES),
            new SortedDocValuesField(IndexFields.Network, new BytesRef(i.NetworkCode)),
            new StringField(IndexFields.LegalStatus, i.LegalStatusCode, Field.Store.YES),
            new SortedDocValuesField(IndexFields.LegalStatus, new BytesRef(i.LegalStatusCode)),
        };

        var snippetSource = string.Join("\n", new[] { i.Summary, i.Description }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (snippetSource.Length > 0)
        {
            doc.Add(new StoredField(IndexFields.Snippet, snippetSource.Length > 4000 ? snippetSource[..4000] : snippetSource));
        }

        var themeLabels = i.Themes.Select(code => referentials.Themes.Find(code)?.LabelFr).Where(l => l is not null);
        doc.Add(new TextField(IndexFields.Body, string.Join("\n", new[] { i.Summary, i.Description }
            .Concat(i.Tags).Concat(themeLabels).Where(s => !string.IsNullOrWhiteSpace(s))), Field.Store.NO));

        var department = referentials.Territories.FindDepartment(i.DepartmentCode);
        var region = referentials.Territories.FindRegion(i.RegionCode);
        doc.Add(new TextField(IndexFields.Place, string.Join(" ", new[] { i.Commune, i.Postcode, department?.Name, region?.Name }
            .Where(s => !string.IsNullOrWhiteSpace(s))), Field.Store.NO));

        AddKeyword(doc, IndexFields.Region, i.RegionCode);
        AddKeyword(doc, IndexFields.Department, i.DepartmentCode);
        if (!string.IsNullOrWhiteSpace(i.Commune))
        {
            doc.Add(new StoredField(IndexFields.Commune, i.Commune));
            doc.Add(new StringField(IndexFields.CommuneKey,
                $"{TextKey.Normalize(i.Commune)}{IndexFields.KeySeparator}{i.InseeCode ?? i.Postcode}{IndexFields.KeySeparator}{i.Commune}", Field.Store.NO));
        }

        if (!string.IsNullOrWhiteSpace(i.Postcode))
        {
            doc.Add(new StoredField(IndexFields.Postcode, i.Postcode));
        }

        foreach (var theme in i.Themes.Distinct(StringComparer.Ordinal))
        {
            // Stored only: filters and facets use the theme_all field.
            doc.Add(new StoredField(IndexFields.Theme, theme));
        }

        foreach (var theme in i.Themes.Select(t => referentials.Themes.TopOf(t)?.Code).Concat(i.Themes).Distinct(StringComparer.Ordinal))
        {
            if (theme is not null)
            {
                doc.Add(new StringField(IndexFields.ThemeWithTops, theme, Field.Store.NO));
                doc.Add(new SortedSetDocValuesField(IndexFields.ThemeWithTops, new BytesRef(theme)));
            }
        }

        if (i.IsComplete)
        {
            doc.Add(new StringField(IndexFields.Quality, IndexFields.Complete, Field.Store.NO));
        }

        if (i.Lat is { } lat && i.Lon is { } lon)
        {
            doc.Add(new StoredField(IndexFields.Lat, lat));
            doc.Add(new StoredField(IndexFields.Lon, lon));
            doc.Add(new NumericDocValuesField(IndexFields.Lat, BitConverter.DoubleToInt64Bits(lat)));
            doc.Add(new NumericDocValuesField(IndexFields.Lon, BitConverter.DoubleToInt64Bits(lon)));
            doc.Add(new BinaryDocValuesField(IndexFields.MapLabel, Querying.MapLabel.Encode(i)));
            doc.Add(new DoubleField(IndexFields.LatRange, lat, CoordinateType));
            doc.Add(new DoubleField(IndexFields.LonRange, lon, CoordinateType));
        }

        return doc;
    }

    private static void AddKeyword(Document doc, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            doc.Add(new StringField(field, value, Field.Store.YES));
            doc.Add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    private static FieldType CreateCoordinateType()
    {
        var type = new FieldType(DoubleField.TYPE_NOT_STORED) { NumericPrecisionStep = CoordinatePrecisionStep };
        type.Freeze();
        return type;
    }
}
