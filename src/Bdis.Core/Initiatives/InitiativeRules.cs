using Bdis.Core.Geo;
using Bdis.Core.Reference;
using Bdis.Core.Validation;

namespace Bdis.Core.Initiatives;

/// <summary>
/// Normalizes and validates an initiative before it is stored. Every problem is reported at once,
/// each with a message in French that a network's staff can act on.
/// </summary>
public static class InitiativeRules
{
    public static IReadOnlyList<RuleViolation> Check(Initiative initiative, Referentials referentials)
    {
        Normalize(initiative);
        var errors = new Violations();
        if (initiative.Name.Length == 0)
        {
            errors.Add("name", "required", "Le nom de l'initiative est obligatoire.");
        }

        errors.MaxLength("name", initiative.Name, Initiative.NameMax, "Le nom");
        errors.MaxLength("summary", initiative.Summary, Initiative.SummaryMax, "Le résumé");
        errors.MaxLength("description", initiative.Description, Initiative.DescriptionMax, "La description");
        errors.MaxLength("street", initiative.Address.Street, Initiative.StreetMax, "L'adresse");
        errors.MaxLength("commune", initiative.Address.Commune, Initiative.CommuneMax, "La commune");
        errors.MaxLength("externalId", initiative.ExternalId, Initiative.ExternalIdMax, "L'identifiant");
        errors.MaxLength("website", initiative.Contacts.Website, Initiative.WebsiteMax, "Le site web");
        errors.MaxLength("email", initiative.Contacts.Email, Initiative.EmailMax, "Le courriel");
        errors.MaxLength("phone", initiative.Contacts.Phone, Initiative.PhoneMax, "Le téléphone");
        if (initiative.Name.Length > 0 && !Slug.IsWellFormed(initiative.Slug))
        {
            errors.Add("slug", "invalid_slug", $"L'identifiant d'URL « {initiative.Slug} » n'est pas valide.");
        }

        CheckAddress(initiative, referentials, errors);
        CheckLocation(initiative, errors);
        CheckThemes(initiative, referentials, errors);
        CheckContacts(initiative, errors);
        if (initiative.Siret is not null && !Siret.IsValid(initiative.Siret))
        {
            errors.Add("siret", "invalid_siret", $"Le SIRET « {initiative.Siret} » n'est pas valide (14 chiffres avec une clé de contrôle correcte).");
        }

        if (initiative.NetworkCode.Length == 0)
        {
            errors.Add("network", "required", "Le réseau propriétaire est obligatoire.");
        }

        if (!Enum.IsDefined(initiative.Status))
        {
            errors.Add("status", "invalid_status", "Le statut de publication est inconnu.");
        }

        if (!Enum.IsDefined(initiative.LegalStatus))
        {
            errors.Add("legalStatus", "invalid_legal_status", "Le statut juridique est inconnu.");
        }

        return errors.Items;
    }

    /// <summary>Validates, derives the territory when missing, and throws <see cref="BdisValidationException"/> on any problem.</summary>
    public static void Validate(Initiative initiative, Referentials referentials)
    {
        var problems = Check(initiative, referentials);
        if (problems.Count > 0)
        {
            throw new BdisValidationException(problems);
        }

        DeriveTerritory(initiative, referentials);
    }

    /// <summary>Fills region and department from the INSEE code or postcode when the record has none.</summary>
    public static void DeriveTerritory(Initiative initiative, Referentials referentials)
    {
        if (initiative.DepartmentCode is not null && initiative.RegionCode is not null)
        {
            return;
        }

        if (initiative.DepartmentCode is not null && referentials.Territories.FindDepartment(initiative.DepartmentCode) is { } dep)
        {
            initiative.RegionCode = dep.RegionCode;
            return;
        }

        var match = referentials.Territories.Resolve(initiative.Address.Postcode, initiative.Address.InseeCode, initiative.Address.Commune);
        if (match is null)
        {
            return;
        }

        initiative.DepartmentCode ??= match.DepartmentCode;
        initiative.RegionCode ??= match.RegionCode;
        if (initiative.Address.InseeCode is null && match.Commune is not null)
        {
            initiative.Address = initiative.Address with { InseeCode = match.Commune.InseeCode };
        }
    }

    /// <summary>"www.a.fr" → "https://www.a.fr": what people write for a site; anything else as it is.</summary>
    public static string WithScheme(string website) =>
        !website.Contains("://", StringComparison.Ordinal) && website.Contains('.', StringComparison.Ordinal) ? "https://" + website : website;

    public static bool IsWebUrl(string value) =>
        // Uri accepts (and escapes) spaces: "https://a.fr https://b.fr" would become one broken link.
        !value.Any(char.IsWhiteSpace) && Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Contains('.', StringComparison.Ordinal);

    private static void Normalize(Initiative i)
    {
        i.Name = Clean(i.Name) ?? string.Empty;
        i.Summary = Clean(i.Summary);
        i.Description = Clean(i.Description);
        i.ExternalId = Clean(i.ExternalId);
        i.Siret = Clean(i.Siret) is { } s ? Siret.Clean(s) : null;
        i.NetworkCode = i.NetworkCode.Trim().ToUpperInvariant();
        i.RegionCode = Clean(i.RegionCode);
        i.DepartmentCode = Clean(i.DepartmentCode) is { } d ? Territories.TerritoryReferential.NormalizeDepartmentCode(d) : null;
        i.Address = new PostalAddress
        {
            Street = Clean(i.Address.Street),
            Postcode = Clean(i.Address.Postcode) is { } pc ? Territories.TerritoryReferential.NormalizePostcode(pc) ?? pc : null,
            Commune = Clean(i.Address.Commune),
            InseeCode = Clean(i.Address.InseeCode)?.ToUpperInvariant(),
        };
        var website = Clean(i.Contacts.Website) is { } site ? WithScheme(site) : null;
        i.Contacts = new Contacts { Website = website, Email = Clean(i.Contacts.Email), Phone = Clean(i.Contacts.Phone) };
        i.Themes = i.Themes.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToList();
        i.Tags = i.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (string.IsNullOrEmpty(i.Slug) && i.Name.Length > 0)
        {
            i.Slug = Slug.FromName(i.Name);
        }
    }

    private static void CheckAddress(Initiative i, Referentials referentials, Violations errors)
    {
        var postcode = i.Address.Postcode;
        if (postcode is not null && Territories.TerritoryReferential.NormalizePostcode(postcode) is null)
        {
            errors.Add("postcode", "invalid_postcode", $"Le code postal « {postcode} » doit comporter 5 chiffres.");
        }

        if (i.Address.InseeCode is { } insee && (insee.Length != 5 || !insee.All(char.IsAsciiLetterOrDigit)))
        {
            errors.Add("inseeCode", "invalid_insee_code", $"Le code commune INSEE « {insee} » doit comporter 5 caractères.");
        }

        if (i.RegionCode is not null && referentials.Territories.FindRegion(i.RegionCode) is null)
        {
            errors.Add("region", "unknown_region", $"La région « {i.RegionCode} » n'existe pas dans le référentiel INSEE.");
        }

        if (i.DepartmentCode is not null)
        {
            var department = referentials.Territories.FindDepartment(i.DepartmentCode);
            if (department is null)
            {
                errors.Add("department", "unknown_department", $"Le département « {i.DepartmentCode} » n'existe pas dans le référentiel INSEE.");
            }
            else if (i.RegionCode is not null && department.RegionCode != i.RegionCode)
            {
                errors.Add("department", "department_not_in_region",
                    $"Le département « {department.Name} » n'appartient pas à la région « {i.RegionCode} ».");
            }
        }
    }

    private static void CheckLocation(Initiative i, Violations errors)
    {
        if (i.Location is null)
        {
            return;
        }

        if (!GeoFactory.IsValidLatitude(i.Location.Y))
        {
            errors.Add("latitude", "latitude_out_of_range", $"La latitude {i.Location.Y} n'est pas comprise entre -90 et 90.");
        }

        if (!GeoFactory.IsValidLongitude(i.Location.X))
        {
            errors.Add("longitude", "longitude_out_of_range", $"La longitude {i.Location.X} n'est pas comprise entre -180 et 180.");
        }

        if (i.Location.SRID != GeoFactory.Wgs84Srid)
        {
            i.Location = GeoFactory.Factory.CreatePoint(i.Location.Coordinate);
        }
    }

    private static void CheckThemes(Initiative i, Referentials referentials, Violations errors)
    {
        if (i.Themes.Count == 0)
        {
            errors.Add("themes", "required", "Au moins une thématique est obligatoire.");
        }

        if (i.Themes.Count > Initiative.MaxThemes)
        {
            errors.Add("themes", "too_many", $"Une initiative peut avoir au plus {Initiative.MaxThemes} thématiques.");
        }

        foreach (var code in i.Themes.Where(c => !referentials.Themes.Exists(c)))
        {
            errors.Add("themes", "unknown_theme", $"La thématique « {code} » n'existe pas dans le référentiel.");
        }

        if (i.Tags.Count > Initiative.MaxTags)
        {
            errors.Add("tags", "too_many", $"Une initiative peut avoir au plus {Initiative.MaxTags} étiquettes.");
        }

        foreach (var tag in i.Tags.Where(t => t.Length > Initiative.TagMax))
        {
            errors.Add("tags", "too_long", $"L'étiquette « {tag[..20]}… » dépasse {Initiative.TagMax} caractères.");
        }
    }

    private static void CheckContacts(Initiative i, Violations errors)
    {
        if (i.Contacts.Website is { } website && !IsWebUrl(website))
        {
            errors.Add("website", "invalid_url", $"Le site « {Truncate(website)} » n'est pas une adresse web valide (http:// ou https://).");
        }

        if (i.Contacts.Email is { } email && !EmailAddress.IsValid(email))
        {
            errors.Add("email", "invalid_email", $"Le courriel « {Truncate(email)} » n'est pas une adresse valide.");
        }

        if (i.Contacts.Phone is { } phone && phone.Count(char.IsAsciiDigit) < 6)
        {
            errors.Add("phone", "invalid_phone", $"Le téléphone « {Truncate(phone)} » ne contient pas assez de chiffres.");
        }
    }

    private static string Truncate(string value) => value.Length <= 60 ? value : value[..60] + "…";

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
