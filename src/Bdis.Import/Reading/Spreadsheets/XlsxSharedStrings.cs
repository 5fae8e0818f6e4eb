using System.Xml;

namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>
/// The table of distinct texts an xlsx sheet refers to by number. Cells may refer to any entry in any order, so the
/// table is held in memory, and refused past <see cref="SpreadsheetLimits.MaxSharedStrings"/> entries or
/// <see cref="SpreadsheetLimits.MaxSharedStringChars"/> characters.
/// </summary>
internal sealed class XlsxSharedStrings
{
    private readonly List<string> _texts = [];

    public static XlsxSharedStrings Empty { get; } = new();

    public int Count => _texts.Count;

    public string? this[string index] =>
        int.TryParse(index, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < _texts.Count ? _texts[i] : null;

    public static XlsxSharedStrings Read(InflatedPartStream part)
    {
        var table = new XlsxSharedStrings();
        long characters = 0;
        using var reader = SafeXml.Create(part);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "si")
            {
                continue;
            }

            part.MarkRow();
            // ReadRich leaves the reader on the node after </si>, possibly the next <si>: handle it without reading past it.
            do
            {
                var text = XlsxText.ReadRich(reader);
                characters += text.Length;
                if (table._texts.Count >= SpreadsheetLimits.MaxSharedStrings || characters > SpreadsheetLimits.MaxSharedStringChars)
                {
                    throw InflatedPartStream.Refused(
                        $"sa table de textes (sharedStrings.xml) dépasse {SpreadsheetLimits.MaxSharedStrings / 1_000_000} millions de textes distincts ou {SpreadsheetLimits.MaxSharedStringChars / 1_000_000} millions de caractères, trop pour la lire en mémoire");
                }

                table._texts.Add(text);
                part.MarkRow();
            }
            while (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si");
        }

        return table;
    }
}
