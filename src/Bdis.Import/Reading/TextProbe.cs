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

        // The OLE2 compound file header of Excel 97-2003 (.xls) files (xlsx and ods are read: see SpreadsheetSource).
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            throw new ImportFileException(
                "Le fichier est un classeur Excel 97-2003 (.xls), que l'import ne lit pas : ouvrez-le dans le tableur et enregistrez-le au format .xlsx, .ods ou CSV (UTF-8, séparateur « ; »), puis importez ce fichier.");
        }

        if (LooksBinary(sample))
        {
            throw new ImportFileException("The file is not a CSV text file (it contains binary data).");
        }

        return IsUtf8(sample, sampleIsWholeFile) ? new UTF8Encoding(false) : Windows1252;
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
