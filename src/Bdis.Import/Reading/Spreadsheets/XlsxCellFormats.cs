using DocumentFormat.OpenXml.Spreadsheet;

namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>
/// What the number format of each cell style (cellXfs) says about its numbers: a date, a time, an integer shown with
/// leading zeros ("00000", how postcodes are kept in Excel), or a plain number.
/// </summary>
internal sealed class XlsxCellFormats
{
    private readonly List<NumberKind> _kinds = [];
    private readonly List<int> _digits = [];

    public enum NumberKind
    {
        Plain,
        Date,
        Time,
        Padded,
    }

    public static XlsxCellFormats Empty { get; } = new();

    public static XlsxCellFormats From(Stylesheet? styles)
    {
        var formats = new XlsxCellFormats();
        var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? string.Empty) ?? [];
        foreach (var xf in styles?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = xf.NumberFormatId?.Value ?? 0;
            var (kind, digits) = custom.TryGetValue(id, out var code) ? Classify(code) : BuiltIn(id);
            formats._kinds.Add(kind);
            formats._digits.Add(digits);
        }

        return formats;
    }

    public (NumberKind Kind, int Digits) Of(int styleIndex) =>
        styleIndex >= 0 && styleIndex < _kinds.Count ? (_kinds[styleIndex], _digits[styleIndex]) : (NumberKind.Plain, 0);

    /// <summary>The built-in formats of ECMA-376 (18.8.30), with the East Asian date formats Excel also uses.</summary>
    private static (NumberKind, int) BuiltIn(uint id) => id switch
    {
        >= 14 and <= 17 or 22 or >= 27 and <= 31 or >= 34 and <= 36 or >= 50 and <= 58 => (NumberKind.Date, 0),
        >= 18 and <= 21 or >= 45 and <= 47 or 32 or 33 => (NumberKind.Time, 0),
        _ => (NumberKind.Plain, 0),
    };

    /// <summary>Reads a custom format code, ignoring quoted text, escaped characters, [colour] and [$-locale] parts.</summary>
    internal static (NumberKind, int) Classify(string code)
    {
        var section = code.Split(';')[0];
        var letters = new System.Text.StringBuilder();
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"')
            {
                i = section.IndexOf('"', i + 1) is var end and > 0 ? end : section.Length;
            }
            else if (c == '[')
            {
                i = section.IndexOf(']', i + 1) is var end and > 0 ? end : section.Length;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        var bare = letters.ToString();
        if (bare.Length > 0 && bare.All(c => c == '0'))
        {
            return (NumberKind.Padded, bare.Length);
        }

        var date = bare.Contains('y', StringComparison.Ordinal) || bare.Contains('d', StringComparison.Ordinal)
            || (bare.Contains('m', StringComparison.Ordinal) && !bare.Contains('h', StringComparison.Ordinal) && !bare.Contains('s', StringComparison.Ordinal) && !bare.Contains('0', StringComparison.Ordinal) && !bare.Contains('#', StringComparison.Ordinal));
        if (date)
        {
            return (NumberKind.Date, 0);
        }

        return bare.Contains('h', StringComparison.Ordinal) || bare.Contains('s', StringComparison.Ordinal) && !bare.Contains('#', StringComparison.Ordinal)
            ? (NumberKind.Time, 0)
            : (NumberKind.Plain, 0);
    }
}
