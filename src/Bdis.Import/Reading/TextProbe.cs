using System.Text;

namespace Bdis.Import.Reading;

/// <summary>
/// Looks at the start of a file to tell text from binary and UTF-8 from Windows-1252 (what Excel writes by default
/// in France), since CSV files never say which encoding they use.
/// </summary>
public static class TextProbe
{
    public const int SampleSize = 256 * 1024;

    static TextProbe() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>The encoding of the sample, or throws <see cref="ImportFileException"/> when it is not text.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> sample, bool sampleIsWholeFile)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return sample[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
        }

        if (WorkbookKind(sample) is { } workbook)
        {
            throw new ImportFileException(
                $"The file is {workbook}, not a CSV file: open it in the spreadsheet and save it as CSV (UTF-8, ';' separated), then import that file.");
        }

        if (LooksBinary(sample))
        {
            throw new ImportFileException("The file is not a CSV text file (it contains binary data).");
        }

        return IsUtf8(sample, sampleIsWholeFile) ? new UTF8Encoding(false) : Windows1252;
    }

    /// <summary>What a network most often sends instead of its CSV export: the spreadsheet itself.</summary>
    private static string? WorkbookKind(ReadOnlySpan<byte> sample)
    {
        if (sample.StartsWith("PK\u0003\u0004"u8))
        {
            // xlsx and ods are zip archives; their first entry names the format.
            var head = sample[..Math.Min(sample.Length, 4096)];
            return head.IndexOf("opendocument"u8) >= 0 ? "a LibreOffice/OpenOffice spreadsheet (.ods)"
                : head.IndexOf("xl/"u8) >= 0 || head.IndexOf("[Content_Types].xml"u8) >= 0 ? "an Excel workbook (.xlsx)"
                : "a zip archive";
        }

        // The OLE2 compound file header of Excel 97-2003 (.xls) files.
        return sample.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) ? "an Excel 97-2003 workbook (.xls)" : null;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> sample)
    {
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\r' and not (byte)'\n' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }

        return sample.Length > 0 && control > sample.Length / 100;
    }

    private static bool IsUtf8(ReadOnlySpan<byte> sample, bool complete)
    {
        // A sample cut in the middle of a multi-byte character is still UTF-8: drop an incomplete tail.
        if (!complete)
        {
            var end = sample.Length;
            for (var back = 1; back <= 3 && back <= sample.Length; back++)
            {
                var b = sample[^back];
                if ((b & 0xC0) == 0xC0)
                {
                    end = sample.Length - back;
                    break;
                }

                if ((b & 0x80) == 0)
                {
                    break;
                }
            }

            sample = sample[..end];
        }

        return System.Text.Unicode.Utf8.IsValid(sample);
    }
}
