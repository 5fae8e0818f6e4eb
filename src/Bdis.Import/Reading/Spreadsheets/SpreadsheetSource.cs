namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>
/// Opens an .xlsx or .ods workbook, recognised by its content (a zip holding an ODF mimetype or OOXML content types),
/// as a CSV stream of one sheet, so that everything after reading (header detection, mapping, validation, report,
/// row numbers) is the importer's one CSV path.
/// </summary>
public static class SpreadsheetSource
{
    public static bool IsZip(ReadOnlySpan<byte> sample) => sample.StartsWith("PK\u0003\u0004"u8);

    /// <summary>
    /// The sheet as CSV, and an estimate of its data rows for the direct load: for an xlsx its &lt;dimension&gt;
    /// (bounded by the sheet's size), for an ods none (content.xml does not say). The zip needs random access: a
    /// stream that cannot seek is first copied to a temporary file (up to <see cref="SpreadsheetLimits.MaxSpooledBytes"/>).
    /// </summary>
    /// <param name="prefix">Bytes already read from <paramref name="input"/> (its first <paramref name="prefixLength"/> bytes).</param>
    public static async Task<(Stream Csv, long? EstimatedRows)> OpenAsync(byte[] prefix, int prefixLength, Stream input, long startPosition, string? sheet,
        CancellationToken ct)
    {
        var owned = new List<IDisposable>();
        try
        {
            Stream seekable;
            if (input.CanSeek)
            {
                input.Position = startPosition;
                seekable = input;
            }
            else
            {
                seekable = await SpoolAsync(prefix, prefixLength, input, ct);
                owned.Add(seekable);
            }

            var archive = WorkbookArchive.Open(seekable);
            owned.Add(archive);
            IEnumerable<SheetRow> rows;
            long? estimate = null;
            if (archive.DetectFormat() == SpreadsheetFormat.Ods)
            {
                var content = archive.Entry("content.xml") ?? throw new ImportFileException("Le classeur .ods n'a pas de contenu (content.xml manquant) : enregistrez-le de nouveau depuis le tableur.");
                var ods = new OdsSheetReader(archive.OpenPart(content));
                owned.Add(ods);
                ods.Open(sheet);
                rows = ods.Rows();
            }
            else
            {
                var (xlsx, rowsEstimate, document) = XlsxWorkbook.Open(seekable, archive, sheet);
                owned.Add(document);
                owned.Add(xlsx);
                rows = xlsx.Rows();
                estimate = rowsEstimate;
            }

            return (new SheetCsvStream(rows, new Owned(owned)), estimate);
        }
        catch (System.Xml.XmlException e)
        {
            new Owned(owned).Dispose();
            throw SafeXml.Invalid(e);
        }
        catch
        {
            new Owned(owned).Dispose();
            throw;
        }
    }

    private static async Task<Stream> SpoolAsync(byte[] prefix, int prefixLength, Stream input, CancellationToken ct)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            await file.WriteAsync(prefix.AsMemory(0, prefixLength), ct);
            var buffer = new byte[1 << 16];
            int n;
            while ((n = await input.ReadAsync(buffer, ct)) > 0)
            {
                if (file.Length + n > SpreadsheetLimits.MaxSpooledBytes)
                {
                    throw new ImportFileException($"Le classeur dépasse {SpreadsheetLimits.MaxSpooledBytes / (1024 * 1024)} Mo : enregistrez la feuille au format CSV et importez ce fichier.");
                }

                await file.WriteAsync(buffer.AsMemory(0, n), ct);
            }

            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>What the CSV stream releases when the import is done with it, last opened first.</summary>
    private sealed class Owned(List<IDisposable> parts) : IDisposable
    {
        public void Dispose()
        {
            for (var i = parts.Count - 1; i >= 0; i--)
            {
                parts[i].Dispose();
            }

            parts.Clear();
        }
    }
}
