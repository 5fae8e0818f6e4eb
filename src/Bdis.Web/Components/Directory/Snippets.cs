using Bdis.Search.Contracts;

namespace Bdis.Web.Components.Directory;

/// <summary>
/// A search snippet (plain text) cut at its highlight ranges, so that the page renders the matched words in
/// &lt;mark&gt; and every part is HTML-encoded once, by the renderer.
/// </summary>
public static class Snippets
{
    public static IEnumerable<(string Text, bool Matched)> Parts(string snippet, IReadOnlyList<TextRange> highlights)
    {
        var at = 0;
        foreach (var range in highlights.OrderBy(r => r.Start))
        {
            // Ranges outside the text, or overlapping the previous one, are not trusted.
            if (range.Start < at || range.Length <= 0 || range.Start + range.Length > snippet.Length)
            {
                continue;
            }

            if (range.Start > at)
            {
                yield return (snippet[at..range.Start], false);
            }

            yield return (snippet.Substring(range.Start, range.Length), true);
            at = range.Start + range.Length;
        }

        if (at < snippet.Length)
        {
            yield return (snippet[at..], false);
        }
    }
}
