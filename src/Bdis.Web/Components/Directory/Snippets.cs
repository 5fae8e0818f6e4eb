using System.Net;
using Microsoft.AspNetCore.Components;

namespace Bdis.Web.Components.Directory;

/// <summary>
/// Search snippets arrive as HTML with matched words in &lt;mark&gt;. Re-encoded here so that nothing but those marks can
/// reach the page, whatever the index holds.
/// </summary>
public static class Snippets
{
    // Private-use characters: never in real text, left alone by HtmlEncode.
    private const string Open = "\uE000";
    private const string Close = "\uE001";

    public static MarkupString Safe(string snippet)
    {
        var marked = snippet
            .Replace(Open, string.Empty, StringComparison.Ordinal)
            .Replace(Close, string.Empty, StringComparison.Ordinal)
            .Replace("<mark>", Open, StringComparison.OrdinalIgnoreCase)
            .Replace("</mark>", Close, StringComparison.OrdinalIgnoreCase);
        var encoded = WebUtility.HtmlEncode(WebUtility.HtmlDecode(marked));
        return new MarkupString(encoded.Replace(Open, "<mark>", StringComparison.Ordinal).Replace(Close, "</mark>", StringComparison.Ordinal));
    }
}
