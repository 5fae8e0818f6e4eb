using NetTopologySuite.Geometries;

namespace Bdis.Core.Initiatives;

/// <summary>An ESS initiative listed in the directory. Rules live in <see cref="InitiativeRules"/>.</summary>
public sealed class Initiative
{
    public const int NameMax = 200;
    public const int SummaryMax = 500;
    public const int DescriptionMax = 20_000;
    public const int StreetMax = 300;
    public const int CommuneMax = 150;
    public const int ExternalIdMax = 100;
    public const int WebsiteMax = 500;
    public const int EmailMax = 254;
    public const int PhoneMax = 40;
    public const int TagMax = 100;
    public const int MaxThemes = 20;
    public const int MaxTags = 50;

    // The defaults of Id and Provenance are made on first read, not at construction: a bulk import sets both on a
    // million records, and each default costs clock reads (and a random source for the id) that it would throw away.
    // The fields' names keep EF Core from taking them as backing fields.
    private Guid? _idOrDefault;
    private Provenance? _provenanceOrDefault;

    /// <summary>A UUIDv7 made on first read unless one was set.</summary>
    public Guid Id
    {
        get => _idOrDefault ??= Guid.CreateVersion7();
        set => _idOrDefault = value;
    }

    /// <summary>Set once from the name at creation and never changed, so links stay valid after a rename.</summary>
    public string Slug { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Summary { get; set; }

    public string? Description { get; set; }

    public PostalAddress Address { get; set; } = PostalAddress.Empty;

    /// <summary>WGS84 point; null while the initiative is not yet placed on the map.</summary>
    public Point? Location { get; set; }

    public string? RegionCode { get; set; }

    public string? DepartmentCode { get; set; }

    /// <summary>Theme codes of the referential (top themes or sub-themes); at least one.</summary>
    public List<string> Themes { get; set; } = [];

    /// <summary>Labels from a network's file that match no theme, kept so nothing is lost.</summary>
    public List<string> Tags { get; set; } = [];

    public string NetworkCode { get; set; } = string.Empty;

    /// <summary>The owning network's own id for this record, when its files carry one.</summary>
    public string? ExternalId { get; set; }

    public Contacts Contacts { get; set; } = Contacts.Empty;

    public LegalStatus LegalStatus { get; set; } = LegalStatus.Other;

    public string? Siret { get; set; }

    public InitiativeStatus Status { get; set; } = InitiativeStatus.Draft;

    /// <summary>A form's provenance, stamped on first read, unless one was set.</summary>
    public Provenance Provenance
    {
        get => _provenanceOrDefault ??= Provenance.Now(SourceKind.Form, null, null);
        set => _provenanceOrDefault = value;
    }
}
