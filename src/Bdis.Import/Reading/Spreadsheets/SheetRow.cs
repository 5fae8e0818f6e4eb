namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>One non-empty row of a sheet: its number in the sheet (1-based) and its cells' text from column A (null: empty).</summary>
internal readonly record struct SheetRow(long Number, IReadOnlyList<string?> Cells);
