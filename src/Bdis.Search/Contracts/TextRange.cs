namespace Bdis.Search.Contracts;

/// <summary>A run of characters in a piece of plain text (e.g. a matched word in a snippet), in UTF-16 code units.</summary>
public readonly record struct TextRange(int Start, int Length);
