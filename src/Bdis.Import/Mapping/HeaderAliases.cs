using Bdis.Core.Text;

namespace Bdis.Import.Mapping;

/// <summary>The usual French and English column names, compared as <see cref="TextKey"/>s (case, accents, spaces ignored).</summary>
public static class HeaderAliases
{
    private static readonly Dictionary<string, ImportField> ByKey = Build(
        (ImportField.Name, ["nom", "nom de la structure", "raison sociale", "name", "nom structure", "denomination", "titre", "title"]),
        (ImportField.ExternalId, ["identifiant", "id", "reference", "ref", "external id", "code"]),
        (ImportField.Summary, ["resume", "summary", "accroche"]),
        (ImportField.Description, ["description", "presentation", "activite", "activites"]),
        (ImportField.Street, ["adresse", "address", "rue", "street", "adresse postale"]),
        (ImportField.Postcode, ["code postal", "cp", "postcode", "zip", "zip code", "postal code", "codepostal"]),
        (ImportField.Commune, ["commune", "ville", "city", "town", "localite"]),
        (ImportField.InseeCode, ["code insee", "insee", "code commune", "code commune insee", "insee com", "citycode"]),
        (ImportField.Department, ["departement", "department", "code departement", "dep", "insee dep"]),
        (ImportField.Region, ["region", "code region", "reg"]),
        (ImportField.Latitude, ["latitude", "lat", "y", "coord y", "coordonnee y"]),
        (ImportField.Longitude, ["longitude", "lon", "lng", "long", "x", "coord x", "coordonnee x"]),
        (ImportField.Point, ["coordonnees", "coordinates", "geolocalisation", "position", "point", "geo point", "geopoint", "location", "wkt", "geom", "geometry"]),
        (ImportField.Categories, ["thematiques", "thematique", "themes", "theme", "categories", "categorie", "category", "secteur", "secteurs", "tags"]),
        (ImportField.Website, ["site", "site internet", "site web", "website", "url", "web"]),
        (ImportField.Email, ["courriel", "e mail", "email", "mail", "adresse mail", "adresse email"]),
        (ImportField.Phone, ["telephone", "tel", "phone", "tel fixe", "numero de telephone"]),
        (ImportField.Siret, ["siret", "n siret", "numero siret"]),
        (ImportField.LegalStatus, ["statut juridique", "forme juridique", "legal status", "statut", "nature juridique"]));

    public static ImportField? Match(string header) =>
        ByKey.TryGetValue(TextKey.Normalize(header), out var field) ? field : null;

    public static bool TryParseFieldName(string name, out ImportField field) =>
        Enum.TryParse(name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out field)
        && Enum.IsDefined(field);

    private static Dictionary<string, ImportField> Build(params (ImportField Field, string[] Names)[] entries)
    {
        var map = new Dictionary<string, ImportField>(StringComparer.Ordinal);
        foreach (var (field, names) in entries)
        {
            foreach (var name in names)
            {
                map.TryAdd(TextKey.Normalize(name), field);
            }
        }

        return map;
    }
}
