namespace Bdis.Import.Tests.Spreadsheets;

/// <summary>
/// A test cell: how a spreadsheet stores it and the text a CSV export of it holds. The CSV of a test sheet is its
/// cells' <see cref="Text"/>; the xlsx and ods writers store each cell by its <see cref="Kind"/>.
/// </summary>
internal sealed record SheetCell(CellKind Kind, string Text)
{
    public static SheetCell S(string text) => new(CellKind.Text, text);

    public static SheetCell N(string number) => new(CellKind.Number, number);

    /// <summary>A number shown with leading zeros (format "00000"), how a postcode is kept in a spreadsheet.</summary>
    public static SheetCell Z(string digits) => new(CellKind.ZeroPadded, digits);

    public static SheetCell D(string isoDate) => new(CellKind.Date, isoDate);

    public static implicit operator SheetCell(string text) => S(text);
}

internal enum CellKind
{
    Text,
    Number,
    ZeroPadded,
    Date,
}
