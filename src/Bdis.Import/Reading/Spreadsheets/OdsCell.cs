using System.Text;
using System.Xml;

namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>
/// The text of one ODF table cell: numbers from office:value (full precision, '.' decimals), dates in ISO, text from
/// its paragraphs (text:p joined by line breaks, text:s spaces, tabs, line breaks, spans and links; notes and
/// annotations left out).
/// </summary>
internal static class OdsCell
{
    private const string OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const int MaxNesting = 32;

    /// <summary>Reads the cell the reader is on and leaves the reader on its end tag (or on the cell when it is empty).</summary>
    public static string? Read(XmlReader reader)
    {
        var type = reader.GetAttribute("value-type", OfficeNs);
        var value = reader.GetAttribute("value", OfficeNs);
        var typed = type switch
        {
            "float" or "percentage" or "currency" when value is not null => CellText.Number(value),
            "date" when reader.GetAttribute("date-value", OfficeNs) is { } date => CellText.IsoDate(date),
            "time" when reader.GetAttribute("time-value", OfficeNs) is { } time => CellText.IsoTime(time),
            "boolean" when reader.GetAttribute("boolean-value", OfficeNs) is { } boolean => boolean == "true" ? "TRUE" : "FALSE",
            _ => reader.GetAttribute("string-value", OfficeNs),
        };
        var shown = ReadParagraphs(reader);
        if (typed is null)
        {
            return shown;
        }

        // A number shown with leading zeros ("00000": the postcode 04120) keeps them, as the CSV export would.
        return type == "float" && shown is { Length: > 1 } && shown[0] == '0' && shown.All(char.IsAsciiDigit) && shown.TrimStart('0') == typed.TrimStart('0')
            ? shown
            : typed;
    }

    private static string? ReadParagraphs(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return null;
        }

        var depth = reader.Depth;
        StringBuilder? text = null;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.NamespaceURI == TextNs && reader.LocalName is "p" or "h")
            {
                text = text is null ? new StringBuilder() : text.Append('\n');
                ReadInline(reader, text, 0);
            }
            else
            {
                // Annotations (comments), drawings and anything else of the cell are not its text.
                SafeXml.SkipToEnd(reader);
            }
        }

        return text?.ToString();
    }

    /// <summary>The inline content of a paragraph; ODF collapses runs of white space, and spells out the spaces it keeps.</summary>
    private static void ReadInline(XmlReader reader, StringBuilder text, int level)
    {
        // Spans nest a few levels in real files; a hostile file nesting them deeply must not exhaust the stack.
        if (reader.IsEmptyElement || level > MaxNesting)
        {
            SafeXml.SkipToEnd(reader);
            return;
        }

        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    AppendCollapsed(text, reader.Value);
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == TextNs && reader.LocalName == "s":
                    var count = int.TryParse(reader.GetAttribute("c", TextNs), out var c) ? Math.Clamp(c, 1, 1000) : 1;
                    text.Append(' ', count);
                    SafeXml.SkipToEnd(reader);
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == TextNs && reader.LocalName == "tab":
                    text.Append('\t');
                    SafeXml.SkipToEnd(reader);
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == TextNs && reader.LocalName == "line-break":
                    text.Append('\n');
                    SafeXml.SkipToEnd(reader);
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == TextNs && reader.LocalName is "note" or "ruby-text" or "bookmark" or "bookmark-start" or "bookmark-end":
                    SafeXml.SkipToEnd(reader);
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == OfficeNs && reader.LocalName == "annotation":
                    SafeXml.SkipToEnd(reader);
                    break;
                case XmlNodeType.Element:
                    // span, a (link), ruby-base, meta…: their text is the paragraph's.
                    ReadInline(reader, text, level + 1);
                    break;
            }
        }
    }

    private static void AppendCollapsed(StringBuilder text, string value)
    {
        foreach (var ch in value)
        {
            var c = ch is '\t' or '\n' or '\r' ? ' ' : ch;
            if (c == ' ' && text.Length > 0 && text[^1] == ' ')
            {
                continue;
            }

            text.Append(c);
        }
    }
}
