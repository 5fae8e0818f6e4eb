using System.Globalization;
using System.Text;

namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>
/// Cell values as the importer reads CSV text: numbers with '.' decimals and never an exponent (so coordinates,
/// postcodes and SIRETs parse as they do from a CSV export), dates in ISO 8601.
/// </summary>
internal static class CellText
{
    /// <summary>Fifteen significant digits, what a spreadsheet shows: 0.1 + 0.2 is "0.3", not "0.30000000000000004".</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        var text = value.ToString("G15", CultureInfo.InvariantCulture);
        return text.Contains('E', StringComparison.Ordinal) ? WithoutExponent(text) : text;
    }

    /// <summary>A number as a spreadsheet stores it ("4120", "4.352E-2"), or the text itself when it is not one.</summary>
    public static string Number(string stored) =>
        double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? Number(value) : stored;

    /// <summary>An integer shown with a fixed number of digits (format "00000"): the postcode 04120, not 4120.</summary>
    public static string ZeroPadded(string stored, int digits)
    {
        var text = Number(stored);
        return text.Length < digits && text.All(char.IsAsciiDigit) ? text.PadLeft(digits, '0') : text;
    }

    /// <summary>An Excel serial date (days since 1899-12-30, or since 1904-01-01) in ISO 8601; the time only when there is one.</summary>
    public static string SerialDate(string stored, bool date1904, bool timeOnly)
    {
        if (!double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) || serial < 0 || serial > 2_958_465)
        {
            return Number(stored);
        }

        // Excel's 1900 system counts a 29 February 1900 that never was: serials before it are one day off.
        var origin = date1904 ? new DateTime(1904, 1, 1) : serial < 61 ? new DateTime(1899, 12, 31) : new DateTime(1899, 12, 30);
        var moment = origin.AddSeconds(Math.Round(serial * 86_400));
        if (timeOnly)
        {
            return moment.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        }

        return moment.TimeOfDay == TimeSpan.Zero
            ? moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : moment.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>An ODF date value ("2024-03-01" or "2024-03-01T10:30:00.000"), without a midnight time or fractions.</summary>
    public static string IsoDate(string value)
    {
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        var text = dot > 0 ? value[..dot] : value;
        return text.EndsWith("T00:00:00", StringComparison.Ordinal) ? text[..^9] : text;
    }

    /// <summary>An ODF duration of a time cell ("PT10H30M00S") as "10:30:00".</summary>
    public static string IsoTime(string value)
    {
        try
        {
            var span = System.Xml.XmlConvert.ToTimeSpan(value);
            return string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours:00}:{span.Minutes:00}:{span.Seconds:00}");
        }
        catch (FormatException)
        {
            return value;
        }
    }

    private static string WithoutExponent(string text)
    {
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = text[..e];
        var negative = mantissa.StartsWith('-');
        var digits = mantissa.TrimStart('-').Replace(".", string.Empty, StringComparison.Ordinal);
        var point = mantissa.TrimStart('-').IndexOf('.', StringComparison.Ordinal) is var p and >= 0 ? p : mantissa.TrimStart('-').Length;
        point += exponent;
        var result = new StringBuilder(negative ? "-" : string.Empty);
        if (point <= 0)
        {
            result.Append("0.").Append('0', -point).Append(digits);
        }
        else if (point >= digits.Length)
        {
            result.Append(digits).Append('0', point - digits.Length);
        }
        else
        {
            result.Append(digits, 0, point).Append('.').Append(digits, point, digits.Length - point);
        }

        return result.ToString();
    }
}
