using System.Text;
using Bdis.Import.Reading.Spreadsheets;
using CsvHelper;

namespace Bdis.Import.Reading;

/// <summary>Opens a network's file as CSV: encoding probed, separator sniffed, quoting forgiven, records bounded in size.</summary>
public static class CsvSource
{
    /// <summary>A record longer than this (an unclosed quote swallowing the file, say) stops the import instead of eating memory.</summary>
    public const int MaxRecordBytes = 8 * 1024 * 1024;

    /// <summary>
    /// Opens the file, or, when it is an .xlsx or .ods workbook (told by its content, whatever its name), the sheet
    /// named <paramref name="sheet"/> (else the first visible one) as CSV: see <see cref="SpreadsheetSource"/>.
    /// <c>EstimatedRows</c> guesses the number of records from the line breaks of the first
    /// <see cref="TextProbe.SampleSize"/> bytes and the stream's length: null when the length is unknown (not seekable).
    /// Quoted fields spanning lines make it an overestimate; it only chooses how the rows are written, never what.
    /// </summary>
    public static async Task<(CsvReader Reader, Encoding Encoding, long? EstimatedRows)> OpenAsync(Stream input, string? sheet, CancellationToken ct)
    {
        var start = input.CanSeek ? input.Position : 0;
        var remaining = input.CanSeek ? input.Length - input.Position : (long?)null;
        var sample = new byte[TextProbe.SampleSize];
        var length = 0;
        while (length < sample.Length)
        {
            var n = await input.ReadAsync(sample.AsMemory(length), ct);
            if (n == 0)
            {
                break;
            }

            length += n;
        }

        if (SpreadsheetSource.IsZip(sample.AsSpan(0, length)))
        {
            var (csv, estimate) = await SpreadsheetSource.OpenAsync(sample, length, input, start, sheet, ct);
            var sheetReader = CsvReader.Create(csv, new CsvReaderOptions
            {
                Separator = ';',
                SkipEmptyLines = false,
                MaxRecordSize = MaxRecordBytes,
            });
            return (sheetReader, new UTF8Encoding(false), estimate);
        }

        if (sheet is not null)
        {
            throw new ImportFileException("L'option --sheet ne s'applique qu'à un classeur (.xlsx ou .ods) ; ce fichier n'en est pas un.");
        }

        var encoding = TextProbe.Detect(sample.AsSpan(0, length), sampleIsWholeFile: length < sample.Length);
        var stream = new PrefixedStream(sample, length, input);
        var reader = CsvReader.Create(stream, new CsvReaderOptions
        {
            // UTF-8 is the reader's own default, which also skips a byte order mark.
            Encoding = encoding is UTF8Encoding ? null : encoding,
            SkipEmptyLines = false,
            MaxRecordSize = MaxRecordBytes,
            DetectSeparatorHint = true,
        });
        return (reader, encoding, EstimateRows(sample.AsSpan(0, length), remaining));
    }

    private static long? EstimateRows(ReadOnlySpan<byte> sample, long? totalBytes)
    {
        var lines = sample.Count((byte)'\n') + (sample.Length > 0 && sample[^1] != (byte)'\n' ? 1 : 0);
        if (totalBytes is not { } total || sample.Length == 0)
        {
            return null;
        }

        return total <= sample.Length ? lines - 1 : (long)((double)total / sample.Length * lines) - 1;
    }
}
