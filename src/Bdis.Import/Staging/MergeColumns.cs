using Bdis.Import.Mapping;

namespace Bdis.Import.Staging;

/// <summary>
/// The columns an import may change on a known record: only those its file (or mapping) provides, so a file without
/// e-mails does not wipe the e-mails an editor typed in.
/// </summary>
public static class MergeColumns
{
    public static IReadOnlyList<string> For(ColumnMap map, ImportProfile profile)
    {
        var columns = new List<string> { "name" };
        void AddIf(bool condition, params string[] names)
        {
            if (condition)
            {
                columns.AddRange(names);
            }
        }

        AddIf(map.Has(ImportField.ExternalId), "external_id");
        AddIf(map.Has(ImportField.Summary), "summary");
        AddIf(map.Has(ImportField.Description), "description");
        AddIf(map.Has(ImportField.Street), "street");
        AddIf(map.Has(ImportField.Postcode), "postcode");
        AddIf(map.Has(ImportField.Commune), "commune");
        AddIf(map.Has(ImportField.InseeCode) || map.Has(ImportField.Postcode), "insee_code");
        AddIf(map.Has(ImportField.Postcode) || map.Has(ImportField.InseeCode) || map.Has(ImportField.Region) || map.Has(ImportField.Department),
            "region_code", "department_code");
        AddIf(map.Has(ImportField.Latitude) || map.Has(ImportField.Longitude) || map.Has(ImportField.Point), "location");
        AddIf(map.Has(ImportField.Categories) || profile.DefaultThemes.Count > 0, "themes", "tags", "status");
        AddIf(map.Has(ImportField.Website), "website");
        AddIf(map.Has(ImportField.Email), "email");
        AddIf(map.Has(ImportField.Phone), "phone");
        AddIf(map.Has(ImportField.Siret), "siret");
        AddIf(map.Has(ImportField.LegalStatus), "legal_status");
        return columns;
    }
}
