namespace Bdis.Search.Indexing;

/// <summary>The index cannot serve queries (not built yet, or being opened).</summary>
public sealed class SearchIndexUnavailableException(string message) : Exception(message);
