using System.Xml;

namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>
/// Reads an xlsx worksheet part as a stream of rows with the framework's XmlReader: one row's cells in memory at a
/// time, cached formula results used, texts looked up in the shared table, numbers and dates turned into CSV text.
/// </summary>
internal sealed class XlsxSheetReader : IDisposable
{
    private readonly InflatedPartStream _part;
    private readonly XmlReader _reader;
    private readonly XlsxSharedStrings _strings;
    private readonly XlsxCellFormats _formats;
    private readonly bool _date1904;
    private bool _atRows;

    public XlsxSheetReader(InflatedPartStream part, XlsxSharedStrings strings, XlsxCellFormats formats, bool date1904)
    {
        _part = part;
        _reader = SafeXml.Create(part);
        _strings = strings;
        _formats = formats;
        _date1904 = date1904;
    }

    /// <summary>The last row of the sheet's &lt;dimension&gt; (what the program that wrote it says it used), read before the rows.</summary>
    public long? DimensionLastRow { get; private set; }

    /// <summary>Reads up to the first row, taking the dimension on the way.</summary>
    public void Open()
    {
        while (_reader.Read())
        {
            if (_reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (_reader.LocalName == "dimension" && _reader.GetAttribute("ref") is { } range)
            {
                var last = range[(range.LastIndexOf(':') + 1)..];
                DimensionLastRow = CellReference.Row(last);
            }
            else if (_reader.LocalName == "sheetData")
            {
                _atRows = !_reader.IsEmptyElement;
                return;
            }
        }
    }

    public IEnumerable<SheetRow> Rows()
    {
        if (!_atRows)
        {
            yield break;
        }

        long number = 0;
        while (_reader.Read())
        {
            if (_reader.NodeType == XmlNodeType.EndElement && _reader.LocalName == "sheetData")
            {
                yield break;
            }

            if (_reader.NodeType != XmlNodeType.Element || _reader.LocalName != "row")
            {
                continue;
            }

            _part.MarkRow();
            number = CellReference.ParseRow(_reader.GetAttribute("r")) is { } r && r > number ? r : number + 1;
            if (number > SpreadsheetLimits.MaxRows)
            {
                throw InflatedPartStream.Refused($"la feuille dépasse {SpreadsheetLimits.MaxRows} lignes");
            }

            var cells = ReadCells();
            if (cells.Count > 0)
            {
                yield return new SheetRow(number, cells);
            }
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
        var column = -1;
        while (_reader.Read() && !(_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth))
        {
            if (_reader.NodeType != XmlNodeType.Element || _reader.LocalName != "c")
            {
                continue;
            }

            // Columns past the last one a sheet can have all count as that one: refused below if they hold a value.
            column = Math.Min(CellReference.Column(_reader.GetAttribute("r")) ?? column + 1, SpreadsheetLimits.MaxColumns);
            var value = ReadCell();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (column >= SpreadsheetLimits.MaxColumns)
            {
                throw InflatedPartStream.Refused($"une ligne a des valeurs au-delà de la colonne {SpreadsheetLimits.MaxColumns}");
            }

            while (cells.Count < column)
            {
                cells.Add(null);
            }

            if (cells.Count == column)
            {
                cells.Add(value);
            }
            else
            {
                cells[column] = value;
            }
        }

        return cells;
    }

    /// <summary>The text of the &lt;c&gt; the reader is on; the reader ends on its end tag.</summary>
    private string? ReadCell()
    {
        var type = _reader.GetAttribute("t") ?? "n";
        var style = int.TryParse(_reader.GetAttribute("s"), out var s) ? s : 0;
        if (_reader.IsEmptyElement)
        {
            return null;
        }

        var depth = _reader.Depth;
        string? stored = null;
        string? inline = null;
        _reader.Read();
        while (!_reader.EOF && !(_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth))
        {
            if (_reader.NodeType == XmlNodeType.Element)
            {
                switch (_reader.LocalName)
                {
                    case "v":
                        stored = _reader.ReadElementContentAsString();
                        continue;
                    case "is":
                        inline = XlsxText.ReadRich(_reader);
                        continue;
                    default:
                        _reader.Skip();
                        continue;
                }
            }

            _reader.Read();
        }

        return type switch
        {
            "inlineStr" => inline ?? (stored is null ? null : XlsxText.Decode(stored)),
            _ when stored is null => null,
            "s" => _strings[stored.Trim()],
            "str" => XlsxText.Decode(stored),
            "b" => stored.Trim() == "1" ? "TRUE" : "FALSE",
            "e" => stored,
            "d" => CellText.IsoDate(stored.Trim()),
            _ => Number(stored.Trim(), style),
        };
    }

    private string Number(string stored, int style)
    {
        var (kind, digits) = _formats.Of(style);
        return kind switch
        {
            XlsxCellFormats.NumberKind.Date => CellText.SerialDate(stored, _date1904, timeOnly: false),
            XlsxCellFormats.NumberKind.Time => CellText.SerialDate(stored, _date1904, timeOnly: true),
            XlsxCellFormats.NumberKind.Padded => CellText.ZeroPadded(stored, digits),
            _ => CellText.Number(stored),
        };
    }

    public void Dispose() => _reader.Dispose();
}
