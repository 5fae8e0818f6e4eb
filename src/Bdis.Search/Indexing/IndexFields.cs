namespace Bdis.Search.Indexing;

/// <summary>Names of the index fields (one place, so documents and queries agree).</summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string Slug = "slug";
    public const string Name = "name";
    public const string NameStemmed = "name_text";
    public const string NameFolded = "name_exact";
    public const string NameSort = "name_sort";
    public const string Body = "body";
    public const string Place = "place";
    public const string Snippet = "snippet";
    public const string Commune = "commune";
    public const string CommuneKey = "commune_key";
    public const string Postcode = "postcode";
    public const string Region = "region";
    public const string Department = "department";
    public const string Theme = "theme";
    public const string ThemeWithTops = "theme_all";
    public const string Network = "network";
    public const string LegalStatus = "legal_status";
    public const string Quality = "quality";

    /// <summary>Numeric doc values: the order of a list without words (see <see cref="Indexing.DefaultOrder"/>).</summary>
    public const string DefaultOrder = "default_order";
    public const string Lat = "lat";
    public const string Lon = "lon";
    public const string LatRange = "lat_range";
    public const string LonRange = "lon_range";

    /// <summary>Binary doc values with what a map marker shows (see <see cref="Querying.MapLabel"/>), read without stored fields.</summary>
    public const string MapLabel = "map_label";

    /// <summary>Value of <see cref="Quality"/> for a record with a complete fiche.</summary>
    public const string Complete = "complete";

    /// <summary>Separator inside <see cref="CommuneKey"/> terms: folded name, INSEE code, label.</summary>
    public const char KeySeparator = '\u001f';
}
