namespace Bdis.Search.Contracts;

/// <summary>What kind of place the words of a query named.</summary>
public enum PlaceKind
{
    Region,
    Department,
    Commune,
    Postcode,
}
