namespace Bdis.Import.Mapping;

/// <summary>The record fields a column of a network's file can feed.</summary>
public enum ImportField
{
    Name,
    ExternalId,
    Summary,
    Description,
    Street,
    Postcode,
    Commune,
    InseeCode,
    Department,
    Region,
    Latitude,
    Longitude,

    /// <summary>One column holding both coordinates: "43.53, 5.44" or "POINT(5.44 43.53)".</summary>
    Point,
    Categories,
    Website,
    Email,
    Phone,
    Siret,
    LegalStatus,
}
