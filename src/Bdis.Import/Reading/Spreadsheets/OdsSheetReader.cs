using System.Globalization;
using System.Xml;

namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>
/// Reads an OpenDocument spreadsheet's content.xml with the framework's XmlReader, one row in memory at a time. Runs
/// of repeated empty cells and rows (LibreOffice writes the unused rest of a sheet as one row repeated a million
/// times) only move the position; repeated non-empty ones are written out, within the row and column limits.
/// </summary>
internal sealed class OdsSheetReader : IDisposable
{
    private const string TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string StyleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    private readonly InflatedPartStream _part;
    private readonly XmlReader _reader;
    private readonly HashSet<string> _hiddenTableStyles = new(StringComparer.Ordinal);

    public OdsSheetReader(InflatedPartStream part)
    {
        _part = part;
        _reader = SafeXml.Create(part);
    }

    /// <summary>
    /// Moves to the sheet named <paramref name="sheet"/>, or to the first visible sheet; throws with the list of sheets
    /// when there is no such sheet.
    /// </summary>
    public void Open(string? sheet)
    {
        var names = new List<string>();
        string? firstHidden = null;
        while (_reader.Read())
        {
            if (_reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (_reader.LocalName == "style" && _reader.NamespaceURI == StyleNs && _reader.GetAttribute("family", StyleNs) == "table")
            {
                ReadTableStyle();
                continue;
            }

            if (_reader.LocalName != "table" || _reader.NamespaceURI != TableNs)
            {
                continue;
            }

            var name = _reader.GetAttribute("name", TableNs) ?? string.Empty;
            var hidden = _reader.GetAttribute("style-name", TableNs) is { } style && _hiddenTableStyles.Contains(style);
            names.Add(name);
            if (sheet is null ? !hidden : SheetNames.Same(name, sheet))
            {
                return;
            }

            firstHidden ??= hidden ? name : null;
            SafeXml.SkipToEnd(_reader);
        }

        if (sheet is null && firstHidden is not null)
        {
            throw new ImportFileException($"Le classeur n'a pas de feuille visible : indiquez la feuille à importer avec --sheet (feuilles : {SheetNames.List(names)}).");
        }

        throw sheet is null
            ? new ImportFileException("Le classeur .ods ne contient aucune feuille.")
            : SheetNames.Unknown(sheet, names);
    }

    public IEnumerable<SheetRow> Rows()
    {
        if (_reader.NodeType != XmlNodeType.Element || _reader.IsEmptyElement)
        {
            yield break;
        }

        var depth = _reader.Depth;
        long next = 1;
        while (_reader.Read() && !(_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth))
        {
            // Rows may sit in header-rows, row-group or rows elements: only the rows themselves matter.
            if (_reader.NodeType != XmlNodeType.Element || _reader.LocalName != "table-row" || _reader.NamespaceURI != TableNs)
            {
                if (_reader.NodeType == XmlNodeType.Element && _reader.LocalName is "table-column" or "shapes" or "named-expressions" or "forms")
                {
                    SafeXml.SkipToEnd(_reader);
                }

                continue;
            }

            _part.MarkRow();
            var repeat = Repeat(_reader.GetAttribute("number-rows-repeated", TableNs));
            var cells = ReadCells();
            if (cells.Count > 0)
            {
                if (next + repeat - 1 > SpreadsheetLimits.MaxRows)
                {
                    throw InflatedPartStream.Refused($"la feuille dépasse {SpreadsheetLimits.MaxRows} lignes");
                }

                for (var i = 0; i < repeat; i++)
                {
                    yield return new SheetRow(next + i, cells);
                }
            }

            next += repeat;
        }
    }

    private List<string?> ReadCells()
    {
        var cells = new List<string?>();
        if (_reader.IsEmptyElement)
        {
            return cells;
        }

        var depth = _reader.Depth;
        long column = 0;
        while (_reader.Read() && !(_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth))
        {
            if (_reader.NodeType != XmlNodeType.Element || _reader.NamespaceURI != TableNs
                || _reader.LocalName is not ("table-cell" or "covered-table-cell"))
            {
                continue;
            }

            var repeat = Repeat(_reader.GetAttribute("number-columns-repeated", TableNs));
            // A covered cell is hidden under a merged one: its content is not shown, so it is not imported.
            var value = _reader.LocalName == "covered-table-cell" ? SafeXml.SkipToEnd(_reader) : OdsCell.Read(_reader);
            if (!string.IsNullOrEmpty(value))
            {
                if (column + repeat > SpreadsheetLimits.MaxColumns)
                {
                    throw InflatedPartStream.Refused($"une ligne a des valeurs au-delà de la colonne {SpreadsheetLimits.MaxColumns}");
                }

                while (cells.Count < column)
                {
                    cells.Add(null);
                }

                for (var i = 0; i < repeat; i++)
                {
                    cells.Add(value);
                }
            }

            column += repeat;
        }

        return cells;
    }

    private void ReadTableStyle()
    {
        var name = _reader.GetAttribute("name", StyleNs);
        if (_reader.IsEmptyElement || name is null)
        {
            return;
        }

        var depth = _reader.Depth;
        while (_reader.Read() && !(_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth))
        {
            if (_reader.NodeType == XmlNodeType.Element && _reader.LocalName == "table-properties" && _reader.GetAttribute("display", TableNs) == "false")
            {
                _hiddenTableStyles.Add(name);
            }
        }
    }

    /// <summary>A repeat count, held below what no sheet can reach (so that positions never overflow).</summary>
    private static long Repeat(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 1 ? Math.Min(n, SpreadsheetLimits.MaxRows + 1) : 1;

    public void Dispose() => _reader.Dispose();
}
