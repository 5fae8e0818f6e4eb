using Bdis.Core.Geo;
using Bdis.Core.Initiatives;
using Bdis.Core.Reference;
using Bdis.Core.Text;
using Bdis.Import.Mapping;
using Bdis.Import.Reports;
using Bdis.Import.Staging;
using CsvHelper;

namespace Bdis.Import.Parsing;

/// <summary>
/// Turns one CSV row into a record ready for staging, or rejects it. Problems with optional values (a bad e-mail, an
/// unreadable position) drop that value with a warning; only a row that cannot make a record at all is rejected.
/// </summary>
public sealed class RowReader(ColumnMap map, ImportProfile profile, Referentials referentials, string networkCode, string sourceRef)
{
    private static readonly HashSet<string> DroppableFields = new(StringComparer.Ordinal)
    {
        "summary", "description", "street", "postcode", "commune", "inseeCode", "region", "department", "latitude", "longitude",
        "website", "email", "phone", "siret", "tags",
    };

    private readonly CategoryMatcher _categories = new(referentials.Themes, profile);
    private readonly AddressRepair _address = new(referentials.Territories);
    private readonly RecordIds _ids = new();

    // One provenance for the whole import (an immutable record): the rows of one file share their source and time.
    private readonly Provenance _provenance = Provenance.Now(SourceKind.Import, sourceRef, null);
    private readonly CoordinateSystemHint _coordinates = profile.Coordinates?.ToLowerInvariant() switch
    {
        "lambert93" or "lambert-93" or "epsg:2154" or "2154" => CoordinateSystemHint.Lambert93,
        "wgs84" or "epsg:4326" or "4326" => CoordinateSystemHint.Wgs84,
        _ => map.HeadersSayLambert93 ? CoordinateSystemHint.Lambert93 : CoordinateSystemHint.Detect,
    };

    public StagedRecord? Read(CsvRow row, long line, ImportReport report)
    {
        if (IsRagged(row))
        {
            report.Warn(line, "row", $"La ligne a {row.FieldCount} champs alors que l'en-tête a {map.Headers.Count} colonnes : des valeurs peuvent être décalées.");
        }

        var initiative = new Initiative
        {
            Id = _ids.Next(),
            NetworkCode = networkCode,
            Name = Text(row, ImportField.Name, line, report) ?? string.Empty,
            ExternalId = Text(row, ImportField.ExternalId, line, report),
            Summary = Text(row, ImportField.Summary, line, report),
            Description = Text(row, ImportField.Description, line, report),
            Address = new PostalAddress
            {
                Street = Text(row, ImportField.Street, line, report),
                Postcode = Text(row, ImportField.Postcode, line, report),
                Commune = Text(row, ImportField.Commune, line, report),
                InseeCode = Text(row, ImportField.InseeCode, line, report),
            },
            DepartmentCode = Text(row, ImportField.Department, line, report),
            RegionCode = Text(row, ImportField.Region, line, report),
            Contacts = new Contacts
            {
                Website = Text(row, ImportField.Website, line, report),
                Email = Text(row, ImportField.Email, line, report),
                Phone = Text(row, ImportField.Phone, line, report),
            },
            Siret = Text(row, ImportField.Siret, line, report),
            LegalStatus = LegalStatuses.Recognize(Text(row, ImportField.LegalStatus, line, report)),
            Status = InitiativeStatus.Published,
            Provenance = _provenance,
        };

        if (initiative.Name.Trim().Length == 0)
        {
            report.Error(line, "name", "Le nom de l'initiative est obligatoire : la ligne est ignorée.");
            return null;
        }

        if (initiative.Address.Postcode is null && PostalLine.Split(initiative.Address.Street, referentials.Territories) is { } postal)
        {
            initiative.Address = initiative.Address with
            {
                Street = postal.Street,
                Postcode = postal.Postcode,
                Commune = initiative.Address.Commune ?? postal.Commune,
            };
        }

        if (initiative.Contacts.Email is { } emails && ContactCells.FirstEmail(emails) is { } email)
        {
            initiative.Contacts = initiative.Contacts with { Email = email };
            report.Warn(line, "email", $"Plusieurs courriels dans la cellule : seul le premier valide, « {Short(email)} », est importé.");
        }

        if (initiative.Contacts.Website is { } sites && ContactCells.FirstWebsite(sites) is { } website)
        {
            initiative.Contacts = initiative.Contacts with { Website = website };
            report.Warn(line, "website", $"Plusieurs sites dans la cellule : seul le premier valide, « {Short(website)} », est importé.");
        }

        _address.Repair(initiative, line, report);
        ReadLocation(row, initiative, line, report);
        ReadCategories(row, initiative, line, report);
        return Validate(initiative, line, report);
    }

    private StagedRecord? Validate(Initiative initiative, long line, ImportReport report)
    {
        var problems = Core.Initiatives.InitiativeRules.Check(initiative, referentials);
        if (problems.Any(p => DroppableFields.Contains(p.Field) || p.Code == "unknown_theme"))
        {
            foreach (var problem in problems.Where(p => DroppableFields.Contains(p.Field) || p.Code == "unknown_theme"))
            {
                Drop(initiative, problem.Field);
                report.Warn(line, problem.Field, $"{problem.Message} La valeur n'est pas importée.");
            }

            problems = Core.Initiatives.InitiativeRules.Check(initiative, referentials);
        }

        var themesMissing = problems.FirstOrDefault(p => p.Field == "themes" && p.Code == "required");
        if (themesMissing is not null)
        {
            initiative.Status = InitiativeStatus.Draft;
            report.Warn(line, "themes", "Aucune thématique reconnue : l'initiative est importée en brouillon (non publiée) jusqu'au choix d'une thématique.");
        }

        var errors = problems.Where(p => p != themesMissing).ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                report.Error(line, error.Field, error.Message);
            }

            return null;
        }

        Core.Initiatives.InitiativeRules.DeriveTerritory(initiative, referentials);
        var key = initiative.ExternalId is { } id ? "id:" + id : IdentityKeys.NamePostcode(initiative.Name, initiative.Address.Postcode);
        return new StagedRecord(line, initiative, key, initiative.Slug);
    }

    private bool IsRagged(CsvRow row)
    {
        if (row.FieldCount < map.Headers.Count)
        {
            return true;
        }

        for (var i = map.Headers.Count; i < row.FieldCount; i++)
        {
            if (!string.IsNullOrWhiteSpace(row[i].ToString()))
            {
                return true;
            }
        }

        return false;
    }

    private static void Drop(Initiative i, string field)
    {
        switch (field)
        {
            case "summary": i.Summary = null; break;
            case "description": i.Description = null; break;
            case "street": i.Address = i.Address with { Street = null }; break;
            case "postcode": i.Address = i.Address with { Postcode = null }; break;
            case "commune": i.Address = i.Address with { Commune = null }; break;
            case "inseeCode": i.Address = i.Address with { InseeCode = null }; break;
            case "region": i.RegionCode = null; break;
            case "department": i.DepartmentCode = null; break;
            case "latitude" or "longitude": i.Location = null; break;
            case "website": i.Contacts = i.Contacts with { Website = null }; break;
            case "email": i.Contacts = i.Contacts with { Email = null }; break;
            case "phone": i.Contacts = i.Contacts with { Phone = null }; break;
            case "siret": i.Siret = null; break;
            case "tags": i.Tags = i.Tags.Where(t => t.Length <= Initiative.TagMax).Take(Initiative.MaxTags).ToList(); break;
            case "themes": break;
        }
    }

    private void ReadLocation(CsvRow row, Initiative initiative, long line, ImportReport report)
    {
        var result = map.Has(ImportField.Latitude) || map.Has(ImportField.Longitude)
            ? CoordinateReader.FromColumns(Raw(row, ImportField.Latitude), Raw(row, ImportField.Longitude), _coordinates)
            : CoordinateResult.None;
        if (result.Longitude is null && result.Warning is null && map.Has(ImportField.Point))
        {
            result = CoordinateReader.FromSingleColumn(Raw(row, ImportField.Point), _coordinates);
        }

        if (result.Warning is not null)
        {
            report.Warn(line, "location", result.Warning);
        }

        if (result is { Longitude: { } lon, Latitude: { } lat })
        {
            initiative.Location = GeoFactory.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(lon, lat));
        }
    }

    private void ReadCategories(CsvRow row, Initiative initiative, long line, ImportReport report)
    {
        var match = _categories.Match(Text(row, ImportField.Categories, line, report));
        initiative.Themes = match.Themes.ToList();
        initiative.Tags = match.Unknown.ToList();
        foreach (var label in match.Unknown)
        {
            var key = label.Length <= 100 ? label : label[..100];
            report.UnknownCategories[key] = report.UnknownCategories.GetValueOrDefault(key) + 1;
        }

        if (match.Unknown.Count > 0)
        {
            report.Warn(line, "themes", $"Catégorie(s) inconnue(s) gardée(s) comme étiquettes : {string.Join(", ", match.Unknown.Select(u => $"« {Short(u)} »"))}.");
            foreach (var label in match.Unknown)
            {
                TextRepair.WarnIfDamaged(label, "tags", line, report);
            }
        }

        if (initiative.Themes.Count == 0 && profile.DefaultThemes.Count > 0)
        {
            initiative.Themes = profile.DefaultThemes.ToList();
        }
    }

    private string? Raw(CsvRow row, ImportField field)
    {
        var index = map[field];
        return index < 0 || index >= row.FieldCount ? null : row[index].ToString();
    }

    private string? Text(CsvRow row, ImportField field, long line, ImportReport report)
    {
        var value = Raw(row, field);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = RemoveControlCharacters(value).Trim();
        if (value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@')
        {
            // Our own exports (and careful spreadsheet users) put a quote before text that looks like a formula.
            value = value[1..];
        }
        if (HostileText.ContainsMarkup(value))
        {
            value = HostileText.StripMarkup(value);
            report.Warn(line, FieldName(field), "Balises HTML retirées du texte (le texte est importé sans mise en forme).");
        }

        // The commune is judged once named from the referential (AddressRepair); categories are matched or kept as
        // tags (judged there); a legal status is recognised into a code, its text is not published.
        value = TextRepair.Apply(value, FieldName(field), line, report,
            judgeDamage: field is not (ImportField.Commune or ImportField.Categories or ImportField.LegalStatus));

        return value.Length == 0 ? null : value;
    }

    private static string FieldName(ImportField field) => char.ToLowerInvariant(field.ToString()[0]) + field.ToString()[1..];

    /// <summary>PostgreSQL text cannot hold NUL, and other control characters only break pages and exports.</summary>
    private static string RemoveControlCharacters(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) && c is not '\n' and not '\t' and not '\r')
            {
                return new string(value.Where(ch => !char.IsControl(ch) || ch is '\n' or '\t' or '\r').ToArray());
            }
        }

        return value;
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
