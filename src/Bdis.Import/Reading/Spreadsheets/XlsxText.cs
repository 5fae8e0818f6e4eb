using System.Globalization;
using System.Text;
using System.Xml;

namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>Text of SpreadsheetML: rich text runs joined, phonetic guides left out, <c>_x000D_</c> escapes decoded.</summary>
internal static class XlsxText
{
    /// <summary>Reads an &lt;si&gt; or &lt;is&gt; element (the reader is on it) and leaves the reader after its end.</summary>
    public static string ReadRich(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var depth = reader.Depth;
        var text = new StringBuilder();
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "t":
                        text.Append(reader.ReadElementContentAsString());
                        continue;
                    case "rPh" or "phoneticPr" or "rPr":
                        reader.Skip();
                        continue;
                }
            }

            reader.Read();
        }

        reader.Read();
        return Decode(text.ToString());
    }

    /// <summary>ST_Xstring escapes characters XML cannot hold as <c>_xHHHH_</c> (Excel writes a carriage return as <c>_x000D_</c>).</summary>
    public static string Decode(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var from = 0;
        while (at >= 0)
        {
            if (at + 7 <= text.Length && text[at + 6] == '_'
                && ushort.TryParse(text.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                result.Append(text, from, at - from).Append((char)code);
                from = at + 7;
                at = text.IndexOf("_x", from, StringComparison.Ordinal);
            }
            else
            {
                at = text.IndexOf("_x", at + 2, StringComparison.Ordinal);
            }
        }

        return result.Append(text, from, text.Length - from).ToString();
    }
}
