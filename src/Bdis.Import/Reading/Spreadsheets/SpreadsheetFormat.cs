namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>The workbook formats read directly.</summary>
public enum SpreadsheetFormat
{
    Xlsx,
    Ods,
}
