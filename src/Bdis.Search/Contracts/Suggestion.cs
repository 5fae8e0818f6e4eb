namespace Bdis.Search.Contracts;

public enum SuggestionKind
{
    Initiative,
    Commune,
    Theme,
}

/// <summary>A completion: <see cref="Value"/> is what to search or filter by (a slug, a postcode/INSEE code, a theme code).</summary>
public sealed record Suggestion(SuggestionKind Kind, string Label, string Value);
