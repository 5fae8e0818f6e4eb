namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>
/// What a workbook may hold before it is refused. A workbook is a zip of XML parts: its file size says little about
/// what it expands to, so every limit is on inflated bytes, characters, cells or rows, and each is checked while
/// reading (a hostile zip can lie in its directory).
/// </summary>
public static class SpreadsheetLimits
{
    /// <summary>Entries in the zip archive (a real workbook has a few dozen).</summary>
    public const int MaxEntries = 10_000;

    /// <summary>Inflated bytes of all the parts read, together (a million-row sheet is about 0.5 GB of XML).</summary>
    public const long MaxInflatedBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>Inflated size over compressed size of one part, checked once a part passes <see cref="RatioGraceBytes"/>.
    /// Sheet XML compresses 5 to 30 times; a zip bomb a thousand times.</summary>
    public const int MaxCompressionRatio = 200;

    public const long RatioGraceBytes = 1024 * 1024;

    /// <summary>Parts read whole (workbook, styles, content types, relationships, mimetype).</summary>
    public const long MaxSmallPartBytes = 16 * 1024 * 1024;

    /// <summary>XML bytes of one row (or one shared text): the CSV record limit, with room for XML markup.</summary>
    public const long MaxRowXmlBytes = 64 * 1024 * 1024;

    /// <summary>Distinct texts of an xlsx (Excel stores every text cell in one table that must stay in memory).</summary>
    public const int MaxSharedStrings = 2_000_000;

    /// <summary>Characters of all the distinct texts of an xlsx together (about 100 MB in memory).</summary>
    public const long MaxSharedStringChars = 50_000_000;

    /// <summary>Columns of a row (Excel's own limit, XFD).</summary>
    public const int MaxColumns = 16_384;

    /// <summary>Rows of a sheet (LibreOffice's largest sheets; Excel stops at 1,048,576).</summary>
    public const long MaxRows = 16_777_216;

    /// <summary>Size of a workbook that does not come from a file (standard input), copied to a temporary file first.</summary>
    public const long MaxSpooledBytes = 1024L * 1024 * 1024;
}
