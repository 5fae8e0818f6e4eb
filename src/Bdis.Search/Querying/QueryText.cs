using Bdis.Search.Analysis;

namespace Bdis.Search.Querying;

/// <summary>
/// What a person typed, as words: folded (accents and case removed, elisions and stop words dropped), capped in
/// number and length, and whether the last word is still being typed (no trailing space).
/// </summary>
public sealed record QueryText(IReadOnlyList<string> Words, bool LastIsPrefix)
{
    public const int MaxInputChars = 500;
    public const int MaxWords = 12;

    public bool IsEmpty => Words.Count == 0;

    public static QueryText Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new QueryText([], false);
        }

        var input = text.Length > MaxInputChars ? text[..MaxInputChars] : text;
        var words = Tokens.Of(FrenchAnalysis.Folded, input, MaxWords).Select(t => t.Term).ToArray();
        var lastIsPrefix = words.Length > 0 && !char.IsWhiteSpace(input[^1]) && char.IsLetterOrDigit(input[^1]);
        return new QueryText(words, lastIsPrefix);
    }
}
