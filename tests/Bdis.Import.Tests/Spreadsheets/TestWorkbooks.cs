using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Bdis.Import.Tests.Spreadsheets;

/// <summary>Writes test sheets as CSV, as xlsx with the Open XML SDK, and as ods (a zip with content.xml written by hand).</summary>
internal static class TestWorkbooks
{
    /// <summary>The CSV export of the rows (';', quoted when needed, every row as wide as the widest, as spreadsheets
    /// export their used columns); null rows are empty rows.</summary>
    public static string Csv(IReadOnlyList<SheetCell?[]?> rows)
    {
        var width = rows.Max(r => r?.Length ?? 0);
        return string.Concat(rows.Select(row =>
            string.Join(";", Enumerable.Range(0, width).Select(i => row is not null && i < row.Length && row[i] is { } c ? Quote(c.Text) : "")) + "\n"));
    }

    /// <summary>An xlsx whose sheet <paramref name="sheetName"/> holds the rows, between sheets holding one other cell.</summary>
    public static byte[] Xlsx(IReadOnlyList<SheetCell?[]?> rows, string sheetName = "Lieux", string[]? before = null, string[]? after = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "00000" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill()) { Count = 1 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(
                    new CellFormat { NumberFormatId = 0 },
                    new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }) { Count = 3 });
            var strings = workbookPart.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var index = new Dictionary<string, int>();
            var sheets = new Sheets();
            workbookPart.Workbook.AppendChild(sheets);
            uint id = 1;
            foreach (var name in (before ?? []).Append(sheetName).Concat(after ?? []))
            {
                var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                if (name == sheetName)
                {
                    for (var r = 0; r < rows.Count; r++)
                    {
                        if (rows[r] is not { } cells)
                        {
                            continue;
                        }

                        var row = new Row { RowIndex = (uint)(r + 1) };
                        for (var c = 0; c < cells.Length; c++)
                        {
                            if (cells[c] is { } cell)
                            {
                                row.AppendChild(XlsxCell(cell, $"{(char)('A' + c)}{r + 1}", strings.SharedStringTable, index));
                            }
                        }

                        data.AppendChild(row);
                    }
                }
                else
                {
                    data.AppendChild(new Row(XlsxCell("autre", "A1", strings.SharedStringTable, index)) { RowIndex = 1 });
                }

                sheetPart.Worksheet = new Worksheet(data);
                sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = id++, Name = name });
            }
        }

        return stream.ToArray();
    }

    private static Cell XlsxCell(SheetCell cell, string reference, SharedStringTable table, Dictionary<string, int> index)
    {
        switch (cell.Kind)
        {
            case CellKind.Number:
                return new Cell { CellReference = reference, CellValue = new CellValue(cell.Text) };
            case CellKind.ZeroPadded:
                return new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(int.Parse(cell.Text, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)) };
            case CellKind.Date:
                var serial = (DateTime.ParseExact(cell.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture) - new DateTime(1899, 12, 30)).TotalDays;
                return new Cell { CellReference = reference, StyleIndex = 2, CellValue = new CellValue(serial.ToString(CultureInfo.InvariantCulture)) };
            default:
                if (!index.TryGetValue(cell.Text, out var i))
                {
                    i = index[cell.Text] = index.Count;
                    table.AppendChild(new SharedStringItem(new Text(cell.Text) { Space = SpaceProcessingModeValues.Preserve }));
                }

                return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)) };
        }
    }

    /// <summary>An ods whose one sheet holds the rows, as LibreOffice writes them: runs of empty cells and rows repeated,
    /// numbers shown in French ("43,5297") beside their value, the unused rest of the sheet as one repeated row.</summary>
    public static byte[] Ods(IReadOnlyList<SheetCell?[]?> rows, string sheetName = "Lieux")
    {
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"<table:table table:name=\"{SecurityElement.Escape(sheetName)}\"><table:table-column table:number-columns-repeated=\"1024\"/>");
        foreach (var row in rows)
        {
            if (row is null)
            {
                table.Append("<table:table-row><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>");
                continue;
            }

            table.Append("<table:table-row>");
            foreach (var cell in row)
            {
                table.Append(OdsCell(cell));
            }

            table.Append(CultureInfo.InvariantCulture, $"<table:table-cell table:number-columns-repeated=\"{1024 - row.Length}\"/></table:table-row>");
        }

        table.Append("<table:table-row table:number-rows-repeated=\"1048560\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row></table:table>");
        return OdsPackage(table.ToString());
    }

    private static string OdsCell(SheetCell? cell)
    {
        if (cell is null || cell.Text.Length == 0)
        {
            return "<table:table-cell/>";
        }

        return cell.Kind switch
        {
            CellKind.Number => $"<table:table-cell office:value-type=\"float\" office:value=\"{cell.Text}\"><text:p>{cell.Text.Replace('.', ',')}</text:p></table:table-cell>",
            CellKind.ZeroPadded => $"<table:table-cell office:value-type=\"float\" office:value=\"{int.Parse(cell.Text, CultureInfo.InvariantCulture)}\"><text:p>{cell.Text}</text:p></table:table-cell>",
            CellKind.Date => $"<table:table-cell office:value-type=\"date\" office:date-value=\"{cell.Text}\"><text:p>{cell.Text[8..]}/{cell.Text[5..7]}/{cell.Text[..4]}</text:p></table:table-cell>",
            _ => $"<table:table-cell office:value-type=\"string\">{OdsParagraphs(cell.Text)}</table:table-cell>",
        };
    }

    /// <summary>Text as ODF writes it: one text:p per line, runs of spaces as text:s.</summary>
    public static string OdsParagraphs(string text) => string.Concat(text.Split('\n').Select(line =>
        "<text:p>" + System.Text.RegularExpressions.Regex.Replace(SecurityElement.Escape(line), "  +", m => $" <text:s text:c=\"{m.Length - 1}\"/>") + "</text:p>"));

    /// <summary>A minimal ods package around the tables (and automatic styles) of its content.xml.</summary>
    public static byte[] OdsPackage(string tables, string automaticStyles = "")
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", CompressionLevel.NoCompression);
            Add(zip, "META-INF/manifest.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """, CompressionLevel.Optimal);
            Add(zip, "content.xml", $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"><office:automatic-styles>{automaticStyles}</office:automatic-styles><office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>
                """, CompressionLevel.Optimal);
        }

        return stream.ToArray();
    }

    public static void Add(ZipArchive zip, string name, string text, CompressionLevel level)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    /// <summary>
    /// A minimal xlsx written part by part as a stream (for workbooks too large or too hostile to build as objects):
    /// the sheet's rows and, when given, the shared texts, each written by the caller inside its root element.
    /// </summary>
    public static void XlsxPackage(Stream output, Action<TextWriter> sheetRows, Action<TextWriter>? sharedStrings = null,
        CompressionLevel level = CompressionLevel.Fastest, string dimension = "", bool counting = false)
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var sharedType = sharedStrings is null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>";
        var sharedRelationship = sharedStrings is null ? "" : $"<Relationship Id=\"rId2\" Type=\"{Relationships}/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "[Content_Types].xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>{sharedType}</Types>
            """, level);
        Add(zip, "_rels/.rels", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """, level);
        Add(zip, "xl/workbook.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <workbook xmlns="{Main}" xmlns:r="{Relationships}"><sheets><sheet name="Feuille1" sheetId="1" r:id="rId1"/></sheets></workbook>
            """, level);
        Add(zip, "xl/_rels/workbook.xml.rels", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{Relationships}/worksheet" Target="worksheets/sheet1.xml"/>{sharedRelationship}</Relationships>
            """, level);
        if (sharedStrings is not null)
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml", level).Open(), new UTF8Encoding(false));
            writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\">");
            sharedStrings(writer);
            writer.Write("</sst>");
        }

        var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", level).Open();
        using (var writer = counting ? new CountingWriter(sheet) : new StreamWriter(sheet, new UTF8Encoding(false)))
        {
            writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\">{dimension}<sheetData>");
            sheetRows(writer);
            writer.Write("</sheetData></worksheet>");
        }
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(";\"\n\r") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
