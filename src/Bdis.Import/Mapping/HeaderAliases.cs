using System.Text;
using Bdis.Core.Text;

namespace Bdis.Import.Mapping;

/// <summary>The usual French and English column names, compared as <see cref="TextKey"/>s (case, accents, spaces ignored).</summary>
public static class HeaderAliases
{
    private static readonly Dictionary<string, (ImportField Field, int Rank)> ByKey = Build(
        (ImportField.Name, ["nom", "nom de la structure", "raison sociale", "name", "nom structure", "denomination", "titre", "title",
            "nom de l initiative", "nom de l association", "nom de l organisme", "nom de l entreprise", "nom du lieu", "nom de l acteur",
            "structure", "organisme", "organisation", "enseigne", "nom commercial", "nom usuel", "libelle", "intitule", "nom complet"]),
        (ImportField.ExternalId, ["identifiant", "id", "reference", "ref", "external id", "code", "uid", "id structure", "identifiant structure",
            "identifiant unique", "reference interne"]),
        (ImportField.Summary, ["resume", "summary", "accroche"]),
        (ImportField.Description, ["description", "presentation", "activite", "activites", "descriptif", "presentation de la structure", "objet",
            "objet social", "activite principale", "description de l activite"]),
        (ImportField.Street, ["adresse", "address", "rue", "street", "adresse postale", "adresse complete", "adresse 1", "adresse ligne 1", "voie",
            "adresse de la structure", "numero et voie", "street address"]),
        (ImportField.Postcode, ["code postal", "cp", "postcode", "zip", "zip code", "postal code", "codepostal", "code postale"]),
        (ImportField.Commune, ["commune", "ville", "city", "town", "localite", "nom commune", "nom de la commune", "libelle commune",
            "locality", "address locality"]),
        (ImportField.InseeCode, ["code insee", "insee", "code commune", "code commune insee", "insee com", "citycode"]),
        (ImportField.Department, ["departement", "department", "code departement", "dep", "insee dep"]),
        (ImportField.Region, ["region", "code region", "reg"]),
        (ImportField.Latitude, ["latitude", "lat", "y", "coord y", "coordonnee y", "latitude wgs84", "lat wgs84", "latitude gps", "latitude dd",
            "y wgs84"]),
        (ImportField.Longitude, ["longitude", "lon", "lng", "long", "x", "coord x", "coordonnee x", "longitude wgs84", "lon wgs84", "lng wgs84",
            "longitude gps", "longitude dd", "x wgs84"]),
        (ImportField.Point, ["coordonnees", "coordinates", "geolocalisation", "position", "point", "geo point", "geopoint", "location", "wkt", "geom", "geometry",
            "coordonnees gps", "gps", "coordonnees geographiques", "coordonnees wgs84", "geo point 2d", "geoloc", "lat lon", "lat long",
            "lat lng", "latlng", "latlon", "latitude longitude"]),
        (ImportField.Categories, ["thematiques", "thematique", "themes", "theme", "categories", "categorie", "category", "secteur", "secteurs", "tags",
            "domaine", "domaines", "domaine d activite", "domaines d activite", "secteur d activite", "secteurs d activite", "famille",
            "familles", "rubrique", "rubriques", "entree", "entrees", "mots cles"]),
        (ImportField.Website, ["site", "site internet", "site web", "website", "url", "web", "lien", "page web", "internet", "adresse du site"]),
        (ImportField.Email, ["courriel", "e mail", "email", "mail", "adresse mail", "adresse email", "adresse e mail", "adresse electronique",
            "adresse courriel", "courriel de contact", "email de contact", "contact email", "contact mail", "mel"]),
        (ImportField.Phone, ["telephone", "tel", "phone", "tel fixe", "numero de telephone", "telephone fixe", "portable", "mobile", "tel portable",
            "telephone portable", "numero de tel", "telephone de contact"]),
        (ImportField.Siret, ["siret", "n siret", "numero siret", "n de siret", "numero de siret", "siret etablissement"]),
        (ImportField.LegalStatus, ["statut juridique", "forme juridique", "legal status", "statut", "nature juridique", "type de structure",
            "statut de la structure", "categorie juridique"]));

    public static ImportField? Match(string header) => MatchRanked(header)?.Field;

    /// <summary>
    /// The field a header names, with the rank of that name in the field's list: when two columns name the same field
    /// ("Structure" and "Nom"), the one with the more usual name (lower rank) feeds it.
    /// </summary>
    public static (ImportField Field, int Rank)? MatchRanked(string header) =>
        MatchKey(TextKey.Normalize(header))
        // Exports of map software name columns in camelCase after schema.org ("streetAddress", "postalCode").
        ?? (SplitCamelCase(header) is { } words ? MatchKey(TextKey.Normalize(words)) : null);

    private static (ImportField Field, int Rank)? MatchKey(string key)
    {
        if (ByKey.TryGetValue(key, out var exact))
        {
            return exact;
        }

        foreach (var loosened in Loosened(key))
        {
            if (ByKey.TryGetValue(loosened, out var loose))
            {
                return (loose.Field, LooseRank + loose.Rank);
            }
        }

        return null;
    }

    /// <summary>"addressLocality" → "address Locality"; null when the header has no lower-to-upper case step.</summary>
    private static string? SplitCamelCase(string header)
    {
        var words = new StringBuilder(header.Length + 4);
        for (var i = 0; i < header.Length; i++)
        {
            if (i > 0 && char.IsUpper(header[i]) && char.IsLower(header[i - 1]))
            {
                words.Append(' ');
            }

            words.Append(header[i]);
        }

        return words.Length == header.Length ? null : words.ToString();
    }

    /// <summary>Names found only by <see cref="Loosened"/> rank after every exact name.</summary>
    private const int LooseRank = 1_000;

    /// <summary>Words that group columns ("adresse_code_postal", "contact_telephone") before the usual name.</summary>
    private static readonly string[] GroupPrefixes = ["adresse ", "address ", "contact ", "coordonnees ", "structure ", "siege ", "lieu ", "geo "];

    /// <summary>What a column is about, after the usual name ("titre du projet", "Latitude (WGS84)").</summary>
    private static readonly string[] Qualifiers =
        [" du projet", " de la structure", " de l initiative", " de l association", " de l organisme", " du lieu", " principal", " principale", " wgs84", " wgs 84", " gps"];

    private static IEnumerable<string> Loosened(string key)
    {
        var withoutPrefix = GroupPrefixes.FirstOrDefault(p => key.StartsWith(p, StringComparison.Ordinal)) is { } prefix ? key[prefix.Length..] : null;
        if (withoutPrefix is not null)
        {
            yield return withoutPrefix;
        }

        foreach (var form in withoutPrefix is null ? [key] : new[] { key, withoutPrefix })
        {
            if (Qualifiers.FirstOrDefault(q => form.EndsWith(q, StringComparison.Ordinal)) is { } qualifier && form.Length > qualifier.Length)
            {
                yield return form[..^qualifier.Length];
            }
        }
    }

    public static bool TryParseFieldName(string name, out ImportField field) =>
        Enum.TryParse(name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out field)
        && Enum.IsDefined(field);

    private static Dictionary<string, (ImportField, int)> Build(params (ImportField Field, string[] Names)[] entries)
    {
        var map = new Dictionary<string, (ImportField, int)>(StringComparer.Ordinal);
        foreach (var (field, names) in entries)
        {
            for (var rank = 0; rank < names.Length; rank++)
            {
                map.TryAdd(TextKey.Normalize(names[rank]), (field, rank));
            }
        }

        return map;
    }
}
