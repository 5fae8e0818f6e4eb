using Bdis.Search.Contracts;

namespace Bdis.Search.Querying;

/// <summary>What is searched after <see cref="QueryInterpreter"/>: the text's words, the filters (a named place
/// added), and how the query was read (null when every word is text).</summary>
public sealed record InterpretedQuery(QueryText Words, SearchFilters Filters, QueryInterpretation? Interpretation);
