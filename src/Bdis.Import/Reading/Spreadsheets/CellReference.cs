using System.Globalization;

namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>A1-style cell references: "AB12" is column 27 (0-based), row 12.</summary>
internal static class CellReference
{
    /// <summary>The 0-based column of a reference, or null when there is none (the cell follows the previous one).</summary>
    public static int? Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            // Past three letters the column is beyond any sheet: keep it out of range instead of overflowing.
            column = letters++ < 4 ? column * 26 + (char.ToUpperInvariant(c) - 'A' + 1) : int.MaxValue;
        }

        return letters == 0 ? null : column - 1;
    }

    public static long? Row(string reference)
    {
        var digits = reference.AsSpan().TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$");
        return ParseRow(digits.ToString());
    }

    public static long? ParseRow(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row > 0 ? row : null;
}
