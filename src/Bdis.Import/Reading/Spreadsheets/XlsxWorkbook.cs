using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>
/// Opens an xlsx with the Open XML SDK, which resolves the package (content types, relationships, which part is
/// which sheet) and reads the small parts (workbook, styles) as objects; the shared texts and the sheet, the parts
/// that grow with the data, are streamed by our own readers through <see cref="InflatedPartStream"/>.
/// </summary>
internal static class XlsxWorkbook
{
    /// <summary>The average sheet row is well over this many bytes of XML: a bound on what a &lt;dimension&gt; may claim.</summary>
    private const int MinRowXmlBytes = 40;

    public static (XlsxSheetReader Reader, long? EstimatedRows, IDisposable Document) Open(Stream seekable, WorkbookArchive archive, string? sheet)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(seekable, false, new OpenSettings { MaxCharactersInPart = SpreadsheetLimits.MaxSmallPartBytes });
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException)
        {
            throw Unreadable(e);
        }

        try
        {
            var workbookPart = document.WorkbookPart ?? throw new ImportFileException(UnreadableMessage);
            archive.RequireSmall(EntryName(workbookPart));
            var workbook = workbookPart.Workbook;
            var part = ChooseSheet(workbookPart, workbook, sheet);
            var formats = XlsxCellFormats.Empty;
            if (workbookPart.WorkbookStylesPart is { } stylesPart)
            {
                archive.RequireSmall(EntryName(stylesPart));
                formats = XlsxCellFormats.From(stylesPart.Stylesheet);
            }

            var strings = workbookPart.SharedStringTablePart is { } sharedPart
                ? XlsxSharedStrings.Read(archive.Guard(sharedPart.GetStream(FileMode.Open, FileAccess.Read), EntryName(sharedPart)))
                : XlsxSharedStrings.Empty;
            var sheetName = EntryName(part);
            var reader = new XlsxSheetReader(archive.Guard(part.GetStream(FileMode.Open, FileAccess.Read), sheetName), strings, formats,
                workbook.WorkbookProperties?.Date1904?.Value == true);
            reader.Open();
            var partBytes = archive.Entry(sheetName)?.Length ?? 0;
            long? estimate = reader.DimensionLastRow is { } last ? Math.Min(last, partBytes / MinRowXmlBytes) - 1 : null;
            return (reader, estimate, document);
        }
        catch (XmlException e)
        {
            document.Dispose();
            throw SafeXml.Invalid(e);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException)
        {
            document.Dispose();
            throw Unreadable(e);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>The named sheet, or the first visible worksheet (a chart sheet has no cells).</summary>
    private static WorksheetPart ChooseSheet(WorkbookPart workbookPart, Workbook workbook, string? wanted)
    {
        var sheets = workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        var names = sheets.Select(s => s.Name?.Value ?? string.Empty).ToList();
        foreach (var sheet in sheets)
        {
            var part = sheet.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var p) ? p as WorksheetPart : null;
            var hidden = sheet.State?.Value is { } state && (state == SheetStateValues.Hidden || state == SheetStateValues.VeryHidden);
            if (wanted is not null && SheetNames.Same(sheet.Name?.Value ?? string.Empty, wanted))
            {
                return part ?? throw new ImportFileException($"La feuille « {wanted} » du classeur est un graphique, sans cellules à importer.");
            }

            if (wanted is null && part is not null && !hidden)
            {
                return part;
            }
        }

        throw wanted is null
            ? new ImportFileException(names.Count == 0
                ? "Le classeur .xlsx ne contient aucune feuille."
                : $"Le classeur n'a pas de feuille de calcul visible : indiquez la feuille à importer avec --sheet (feuilles : {SheetNames.List(names)}).")
            : SheetNames.Unknown(wanted, names);
    }

    private static string EntryName(OpenXmlPart part) => Uri.UnescapeDataString(part.Uri.OriginalString.TrimStart('/'));

    private const string UnreadableMessage =
        "Le classeur .xlsx est illisible (structure Office Open XML invalide) : enregistrez-le de nouveau depuis le tableur, ou au format CSV.";

    private static ImportFileException Unreadable(Exception e) => new(UnreadableMessage, e);
}
