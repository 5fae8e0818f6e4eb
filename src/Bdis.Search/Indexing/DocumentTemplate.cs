using Bdis.Core.Reference;
using Bdis.Core.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Bdis.Search.Indexing;

/// <summary>
/// The fields of an initiative's document, created once and refilled for each row (the usual Lucene practice for
/// bulk indexing): a field keeps its token stream between documents, whereas a new field builds one each time
/// through reflection behind a process-wide lock, which the 100k build profile showed as ~20 % of the indexing
/// threads' time (contention included). Not thread-safe: one template per indexing thread; a filled document is
/// valid until the next <see cref="Fill"/>.
/// </summary>
public sealed class DocumentTemplate
{
    /// <summary>Analysed text without positions: no query needs them (no phrases), and they cost time and disk.</summary>
    private static readonly FieldType TextType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    private static readonly FieldType CoordinateType =
        Frozen(new FieldType(Int32Field.TYPE_NOT_STORED) { NumericPrecisionStep = InitiativeDocuments.CoordinatePrecisionStep });

    private readonly Referentials _referentials;
    private readonly Dictionary<string, BytesRef> _codes = new(StringComparer.Ordinal);

    private readonly Field _id = new StringField(IndexFields.Id, "-", Field.Store.YES);
    private readonly Field _slug = new StoredField(IndexFields.Slug, "-");
    private readonly Field _name = new StoredField(IndexFields.Name, "-");
    private readonly Field _nameStemmed = new(IndexFields.NameStemmed, "-", TextType);
    private readonly Field _nameFolded = new(IndexFields.NameFolded, "-", TextType);
    private readonly Field _nameSort = new SortedDocValuesField(IndexFields.NameSort, new BytesRef());
    private readonly Field _network = new StringField(IndexFields.Network, "-", Field.Store.YES);
    private readonly Field _networkValue = new SortedDocValuesField(IndexFields.Network, new BytesRef());
    private readonly Field _legalStatus = new StringField(IndexFields.LegalStatus, "-", Field.Store.YES);
    private readonly Field _legalStatusValue = new SortedDocValuesField(IndexFields.LegalStatus, new BytesRef());
    private readonly Field _snippet = new StoredField(IndexFields.Snippet, "-");
    private readonly Field _body = new(IndexFields.Body, "-", TextType);
    private readonly Field _place = new(IndexFields.Place, "-", TextType);
    private readonly Field _region = new StringField(IndexFields.Region, "-", Field.Store.YES);
    private readonly Field _regionValue = new SortedDocValuesField(IndexFields.Region, new BytesRef());
    private readonly Field _department = new StringField(IndexFields.Department, "-", Field.Store.YES);
    private readonly Field _departmentValue = new SortedDocValuesField(IndexFields.Department, new BytesRef());
    private readonly Field _commune = new StoredField(IndexFields.Commune, "-");
    private readonly Field _communeKey = new StringField(IndexFields.CommuneKey, "-", Field.Store.NO);
    private readonly Field _postcode = new StoredField(IndexFields.Postcode, "-");
    private readonly Field _quality = new StringField(IndexFields.Quality, IndexFields.Complete, Field.Store.NO);
    private readonly NumericDocValuesField _defaultOrder = new(IndexFields.DefaultOrder, 0L);
    private readonly Field _lat = new StoredField(IndexFields.Lat, 0.0);
    private readonly Field _lon = new StoredField(IndexFields.Lon, 0.0);
    private readonly Field _mapLabel = new BinaryDocValuesField(IndexFields.MapLabel, new BytesRef());
    private readonly Field _latRange = new Int32Field(IndexFields.LatRange, 0, CoordinateType);
    private readonly Field _lonRange = new Int32Field(IndexFields.LonRange, 0, CoordinateType);
    private readonly List<Field> _themes = [];
    private readonly List<Field> _themesWithTops = [];
    private readonly List<Field> _themesWithTopsValues = [];

    internal DocumentTemplate(Referentials referentials) => _referentials = referentials;

    public Document Fill(IndexedInitiative i)
    {
        var doc = new Document();
        Add(doc, _id, i.Id.ToString("D"));
        Add(doc, _slug, i.Slug);
        Add(doc, _name, i.Name);
        Add(doc, _nameStemmed, i.Name);
        Add(doc, _nameFolded, i.Name);
        AddBytes(doc, _nameSort, new BytesRef(TextKey.Normalize(i.Name)));
        AddCode(doc, _network, _networkValue, i.NetworkCode);
        AddCode(doc, _legalStatus, _legalStatusValue, i.LegalStatusCode);

        var snippetSource = JoinNonBlank("\n", [i.Summary, i.Description]);
        if (snippetSource.Length > 0)
        {
            Add(doc, _snippet, snippetSource.Length > 4000 ? snippetSource[..4000] : snippetSource);
        }

        var body = new List<string?>(4 + i.Tags.Count + i.Themes.Count) { i.Summary, i.Description };
        body.AddRange(i.Tags);
        body.AddRange(i.Themes.Select(code => _referentials.Themes.Find(code)?.LabelFr));
        Add(doc, _body, JoinNonBlank("\n", body));

        var department = _referentials.Territories.FindDepartment(i.DepartmentCode);
        var region = _referentials.Territories.FindRegion(i.RegionCode);
        Add(doc, _place, JoinNonBlank(" ", [i.Commune, i.Postcode, department?.Name, region?.Name]));

        if (!string.IsNullOrWhiteSpace(i.RegionCode))
        {
            AddCode(doc, _region, _regionValue, i.RegionCode);
        }

        if (!string.IsNullOrWhiteSpace(i.DepartmentCode))
        {
            AddCode(doc, _department, _departmentValue, i.DepartmentCode);
        }

        if (!string.IsNullOrWhiteSpace(i.Commune))
        {
            Add(doc, _commune, i.Commune);
            Add(doc, _communeKey, $"{TextKey.Normalize(i.Commune)}{IndexFields.KeySeparator}{i.InseeCode ?? i.Postcode}{IndexFields.KeySeparator}{i.Commune}");
        }

        if (!string.IsNullOrWhiteSpace(i.Postcode))
        {
            Add(doc, _postcode, i.Postcode);
        }

        AddThemes(doc, i);
        if (i.IsComplete)
        {
            doc.Add(_quality);
        }

        _defaultOrder.SetInt64Value(DefaultOrder.Value(i.IsComplete, i.UpdatedAt, i.Id));
        doc.Add(_defaultOrder);

        if (i.Lat is { } lat && i.Lon is { } lon)
        {
            _lat.SetDoubleValue(lat);
            _lon.SetDoubleValue(lon);
            _latRange.SetInt32Value(InitiativeDocuments.ToRangeValue(lat));
            _lonRange.SetInt32Value(InitiativeDocuments.ToRangeValue(lon));
            doc.Add(_lat);
            doc.Add(_lon);
            doc.Add(_latRange);
            doc.Add(_lonRange);
            AddBytes(doc, _mapLabel, Querying.MapLabel.Encode(i, lat, lon));
        }

        return doc;
    }

    private void AddThemes(Document doc, IndexedInitiative i)
    {
        var stored = 0;
        foreach (var theme in i.Themes.Distinct(StringComparer.Ordinal))
        {
            // Stored only: filters and facets use the theme_all field.
            Add(doc, Pooled(_themes, stored++, () => new StoredField(IndexFields.Theme, "-")), theme);
        }

        var indexed = 0;
        foreach (var theme in i.Themes.Select(t => _referentials.Themes.TopOf(t)?.Code).Concat(i.Themes).Distinct(StringComparer.Ordinal))
        {
            if (theme is not null)
            {
                Add(doc, Pooled(_themesWithTops, indexed, () => new StringField(IndexFields.ThemeWithTops, "-", Field.Store.NO)), theme);
                AddBytes(doc, Pooled(_themesWithTopsValues, indexed, () => new SortedSetDocValuesField(IndexFields.ThemeWithTops, new BytesRef())), Code(theme));
                indexed++;
            }
        }
    }

    private void AddCode(Document doc, Field indexed, Field docValue, string code)
    {
        Add(doc, indexed, code);
        AddBytes(doc, docValue, Code(code));
    }

    /// <summary>One shared <see cref="BytesRef"/> per code (doc-values writers copy the bytes they are given).</summary>
    private BytesRef Code(string code)
    {
        if (!_codes.TryGetValue(code, out var bytes))
        {
            bytes = new BytesRef(code);
            _codes[code] = bytes;
        }

        return bytes;
    }

    private static Field Pooled(List<Field> pool, int index, Func<Field> create)
    {
        if (index == pool.Count)
        {
            pool.Add(create());
        }

        return pool[index];
    }

    private static void Add(Document doc, Field field, string value)
    {
        field.SetStringValue(value);
        doc.Add(field);
    }

    private static void AddBytes(Document doc, Field field, BytesRef value)
    {
        field.SetBytesValue(value);
        doc.Add(field);
    }

    private static string JoinNonBlank(string separator, IEnumerable<string?> parts) =>
        string.Join(separator, parts.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
