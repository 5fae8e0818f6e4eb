using System.Text;
using Bdis.Search.Analysis;
using Bdis.Search.Contracts;

namespace Bdis.Search.Querying;

/// <summary>
/// A short piece of the description around the first matched word, as plain text, with the ranges of the words that
/// match the query (same stem, or the prefix being typed). Escaping belongs to whoever renders it.
/// </summary>
public static class SnippetBuilder
{
    public const int Length = 220;

    public static (string Text, IReadOnlyList<TextRange> Highlights)? Build(string? source, QueryText text)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return null;
        }

        var stems = text.Words.Select(Tokens.Stem).ToHashSet(StringComparer.Ordinal);
        var prefix = text.LastIsPrefix && text.Words.Count > 0 ? text.Words[^1] : null;
        var matches = new List<Token>();
        if (stems.Count > 0)
        {
            foreach (var token in Tokens.Of(FrenchAnalysis.Stemmed, source))
            {
                var folded = Bdis.Core.Text.TextKey.RemoveDiacritics(source[token.Start..token.End]).ToLowerInvariant();
                if (stems.Contains(token.Term) || (prefix is { Length: >= 2 } && folded.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    matches.Add(token);
                }
            }
        }

        var start = matches.Count == 0 ? 0 : WordStartBefore(source, Math.Max(0, matches[0].Start - 60));
        var end = Math.Min(source.Length, start + Length);
        if (end < source.Length)
        {
            var space = source.LastIndexOf(' ', end - 1, Math.Min(40, end - start));
            end = space > start ? space : end;
        }

        var sb = new StringBuilder(Length + 2);
        if (start > 0)
        {
            sb.Append('…');
        }

        var highlights = new List<TextRange>();
        var at = start;
        foreach (var m in matches.Where(m => m.Start >= start && m.End <= end && m.Start >= at))
        {
            sb.Append(source, at, m.Start - at);
            highlights.Add(new TextRange(sb.Length, m.End - m.Start));
            sb.Append(source, m.Start, m.End - m.Start);
            at = m.End;
        }

        sb.Append(source, at, end - at);
        if (end < source.Length)
        {
            sb.Append('…');
        }

        return (sb.Replace('\n', ' ').ToString(), highlights);
    }

    private static int WordStartBefore(string text, int index)
    {
        var i = index;
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return index - i > 30 ? index : i;
    }
}
