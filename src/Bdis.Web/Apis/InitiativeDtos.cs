using Bdis.Core.Initiatives;

namespace Bdis.Web.Apis;

public sealed record GeoPointDto(double Lat, double Lon);

public sealed record InitiativeSummaryDto(
    Guid Id, string Slug, string Name, string? Summary, string? Commune, string? Postcode, string? Region, string? Department,
    IReadOnlyList<string> Themes, string Network, GeoPointDto? Location, string LegalStatus)
{
    public static InitiativeSummaryDto From(Initiative i) => new(
        i.Id, i.Slug, i.Name, i.Summary, i.Address.Commune, i.Address.Postcode, i.RegionCode, i.DepartmentCode, i.Themes,
        i.NetworkCode, i.Location is null ? null : new GeoPointDto(i.Location.Y, i.Location.X), LegalStatuses.Code(i.LegalStatus));
}

public sealed record InitiativeDetailDto(
    Guid Id, string Slug, string Name, string? Summary, string? Description, string? Street, string? Postcode, string? Commune,
    string? InseeCode, string? Region, string? Department, IReadOnlyList<string> Themes, IReadOnlyList<string> Tags, string Network,
    string? ExternalId, GeoPointDto? Location, string? Website, string? Email, string? Phone, string LegalStatus, string? Siret,
    string Source, DateTimeOffset UpdatedAt)
{
    public static InitiativeDetailDto From(Initiative i) => new(
        i.Id, i.Slug, i.Name, i.Summary, i.Description, i.Address.Street, i.Address.Postcode, i.Address.Commune, i.Address.InseeCode,
        i.RegionCode, i.DepartmentCode, i.Themes, i.Tags, i.NetworkCode, i.ExternalId,
        i.Location is null ? null : new GeoPointDto(i.Location.Y, i.Location.X), i.Contacts.Website, i.Contacts.Email,
        i.Contacts.Phone, LegalStatuses.Code(i.LegalStatus), i.Siret, i.Provenance.Kind.ToString().ToLowerInvariant(),
        i.Provenance.UpdatedAt);
}

public sealed record InitiativePageDto(long Total, int Page, int PageSize, IReadOnlyList<InitiativeSummaryDto> Items);
