namespace Bdis.Import.Bench;

public sealed record BenchRow(
    string ExternalId, string Name, string Slug, string Street, string Postcode, string Commune, string Insee, string Department,
    string Region, double Latitude, double Longitude, string ThemeLabel, string ThemeCode, string Website, string Email, string Phone);
