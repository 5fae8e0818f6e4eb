namespace Bdis.Search.Querying;

/// <summary>Words <see cref="Start"/>…<see cref="Start"/>+<see cref="Length"/>-1 of a query name <see cref="Place"/>.</summary>
public readonly record struct PlaceRun(int Start, int Length, Place Place);
