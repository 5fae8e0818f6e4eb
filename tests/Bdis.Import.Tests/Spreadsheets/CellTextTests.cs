using Bdis.Import.Reading.Spreadsheets;

namespace Bdis.Import.Tests.Spreadsheets;

/// <summary>Number formats and serial dates of xlsx cells, as text the importer reads.</summary>
public sealed class CellTextTests
{
    [Theory]
    [InlineData("00000", "Padded", 5)]
    [InlineData("0.00", "Plain", 0)]
    [InlineData("# ##0", "Plain", 0)]
    [InlineData("0%", "Plain", 0)]
    [InlineData("[$-40C]dd/mm/yyyy", "Date", 0)]
    [InlineData("d mmmm yyyy;@", "Date", 0)]
    [InlineData("mmm-yy", "Date", 0)]
    [InlineData("hh:mm", "Time", 0)]
    [InlineData("[h]:mm:ss", "Time", 0)]
    [InlineData("\"le \"d\" du mois\"", "Date", 0)]
    [InlineData("\"Code \"00000", "Padded", 5)]
    [InlineData("General", "Plain", 0)]
    public void Custom_number_formats_are_told_apart(string code, string kind, int digits)
    {
        var (actualKind, actualDigits) = XlsxCellFormats.Classify(code);
        Assert.Equal((kind, digits), (actualKind.ToString(), actualDigits));
    }

    [Theory]
    [InlineData("45352", false, false, "2024-03-01")]
    [InlineData("45352.4375", false, false, "2024-03-01T10:30:00")]
    [InlineData("0.4375", false, true, "10:30:00")]
    [InlineData("59", false, false, "1900-02-28")]
    [InlineData("61", false, false, "1900-03-01")]
    [InlineData("43890", true, false, "2024-03-01")]
    public void Serial_dates_are_iso_in_both_date_systems(string serial, bool date1904, bool timeOnly, string expected) =>
        Assert.Equal(expected, CellText.SerialDate(serial, date1904, timeOnly));

    [Theory]
    [InlineData("4120", "4120")]
    [InlineData("43.529700000000002", "43.5297")]
    [InlineData("1.2E-05", "0.000012")]
    [InlineData("-6.0221E+23", "-602210000000000000000000")]
    [InlineData("12345678901234", "12345678901234")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("n/a", "n/a")]
    public void Numbers_are_written_without_exponent_with_a_point(string stored, string expected) =>
        Assert.Equal(expected, CellText.Number(stored));
}
