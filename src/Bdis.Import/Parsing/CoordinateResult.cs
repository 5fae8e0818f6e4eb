namespace Bdis.Import.Parsing;

/// <summary>A WGS84 position (or none) and, when the values needed fixing or were unusable, a French message.</summary>
public readonly record struct CoordinateResult(double? Longitude, double? Latitude, string? Warning)
{
    public static CoordinateResult None { get; } = new(null, null, null);

    public static CoordinateResult Unusable(string message) => new(null, null, message);
}
