namespace Bdis.Import.Parsing;

public enum CoordinateSystemHint
{
    /// <summary>Decide from the header names, then from each row's value ranges.</summary>
    Detect,
    Wgs84,
    Lambert93,
}
