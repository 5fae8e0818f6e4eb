using System.IO.Compression;
using System.Text;

namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>
/// A workbook's zip archive, checked from its directory before any part is inflated: how many entries, how large
/// each says it is and how much it says it compresses. The framework's inflater stops at the size an entry declares,
/// so these checks bound what any reader (ours or the Open XML SDK's) can get out of each part; the parts read as a
/// stream are counted together, and per row, while they are read (<see cref="InflatedPartStream"/>).
/// </summary>
internal sealed class WorkbookArchive : IDisposable
{
    private readonly ZipArchive _zip;

    private WorkbookArchive(ZipArchive zip) => _zip = zip;

    public InflateBudget Budget { get; } = new();

    /// <summary>Opens the archive (the stream must be seekable and stays open) and checks every entry's declared sizes.</summary>
    public static WorkbookArchive Open(Stream seekable)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new ImportFileException("Le fichier commence comme une archive zip (un classeur .xlsx ou .ods) mais il est incomplet ou endommagé : enregistrez-le de nouveau depuis le tableur, ou au format CSV.", e);
        }

        var archive = new WorkbookArchive(zip);
        try
        {
            archive.CheckDirectory();
            return archive;
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    public ZipArchiveEntry? Entry(string name) => _zip.GetEntry(name);

    /// <summary>What the archive is, from its content rather than the file name.</summary>
    public SpreadsheetFormat DetectFormat()
    {
        if (Entry("mimetype") is { } mimetype)
        {
            var type = ReadSmallText(mimetype).Trim();
            return type.StartsWith("application/vnd.oasis.opendocument.spreadsheet", StringComparison.Ordinal)
                ? SpreadsheetFormat.Ods
                : throw NotASpreadsheet($"un document OpenDocument qui n'est pas un classeur ({Short(type)})");
        }

        if (Entry("[Content_Types].xml") is { } types)
        {
            var text = ReadSmallText(types);
            if (text.Contains("spreadsheetml.sheet.main+xml", StringComparison.Ordinal)
                || text.Contains("spreadsheetml.template.main+xml", StringComparison.Ordinal)
                || text.Contains("ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal)
                || text.Contains("ms-excel.template.macroEnabled.main+xml", StringComparison.Ordinal))
            {
                return SpreadsheetFormat.Xlsx;
            }

            throw NotASpreadsheet(text.Contains("ms-excel.sheet.binary", StringComparison.Ordinal)
                ? "un classeur Excel binaire (.xlsb), que l'import ne lit pas : enregistrez-le au format .xlsx"
                : "un document Office qui n'est pas un classeur (Word, PowerPoint…)");
        }

        throw NotASpreadsheet("une archive zip qui n'est ni un classeur .xlsx ni un classeur .ods");
    }

    /// <summary>A part read as a stream, counted against the limits while it is read.</summary>
    public InflatedPartStream OpenPart(ZipArchiveEntry entry) => Guard(entry.Open(), entry.FullName);

    /// <summary>Wraps a part stream opened by another reader (the Open XML SDK) in the same counting.</summary>
    public InflatedPartStream Guard(Stream partStream, string entryName) => new(partStream, entryName, Budget);

    /// <summary>The parts read whole (by us or the SDK) must be small.</summary>
    public void RequireSmall(string entryName)
    {
        if (Entry(entryName) is { Length: > SpreadsheetLimits.MaxSmallPartBytes })
        {
            throw InflatedPartStream.Refused($"la partie {entryName} annonce plus de {SpreadsheetLimits.MaxSmallPartBytes / (1024 * 1024)} Mo");
        }
    }

    private void CheckDirectory()
    {
        if (_zip.Entries.Count > SpreadsheetLimits.MaxEntries)
        {
            throw InflatedPartStream.Refused($"l'archive contient plus de {SpreadsheetLimits.MaxEntries} éléments");
        }

        foreach (var entry in _zip.Entries)
        {
            if (entry.Length > SpreadsheetLimits.MaxInflatedBytes)
            {
                throw InflatedPartStream.Refused($"la partie {Short(entry.FullName)} annonce plus de {SpreadsheetLimits.MaxInflatedBytes / (1024 * 1024 * 1024)} Go une fois décompressée");
            }

            if (entry.Length > SpreadsheetLimits.RatioGraceBytes && entry.Length > (long)SpreadsheetLimits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
            {
                throw InflatedPartStream.Refused($"la partie {Short(entry.FullName)} se décompresse plus de {SpreadsheetLimits.MaxCompressionRatio} fois sa taille compressée (bombe de décompression)");
            }
        }

        foreach (var small in new[] { "mimetype", "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "META-INF/manifest.xml" })
        {
            RequireSmall(small);
        }
    }

    private string ReadSmallText(ZipArchiveEntry entry)
    {
        RequireSmall(entry.FullName);
        using var reader = new StreamReader(OpenPart(entry), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static ImportFileException NotASpreadsheet(string what) =>
        new($"Le fichier est {what} : il ne peut pas être importé. Importez un fichier CSV, .xlsx ou .ods.");

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";

    public void Dispose() => _zip.Dispose();
}
