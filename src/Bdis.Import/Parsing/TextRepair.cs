using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Bdis.Import.Reports;

namespace Bdis.Import.Parsing;

/// <summary>
/// Damaged text in a cell. UTF-8 read once too often as Windows-1252 or Latin-1 (<c>MÃ©diathÃ¨que</c>) is repaired
/// only when the repair is exact: every character maps back to one Windows-1252/Latin-1 byte and those bytes are valid
/// UTF-8 (a strict decode), so correct accented text (<c>é</c> alone is not valid UTF-8) is never touched. Text holding
/// U+FFFD, or double-encoded-looking text that fails the round trip, cannot be repaired: the caller reports it.
/// </summary>
public static class TextRepair
{
    public const char ReplacementCharacter = '\uFFFD';

    /// <summary>The characters Windows-1252 gives to bytes 0x80–0x9F (the five bytes it leaves undefined read as their C1 controls, as Latin-1 does).</summary>
    private const string Cp1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private static readonly Dictionary<char, byte> HighBytes = Cp1252High.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => (byte)(0x80 + p.i));

    public static bool IsDamaged(string value) => value.Contains(ReplacementCharacter, StringComparison.Ordinal);

    /// <summary>
    /// True when a character that reads as a UTF-8 lead byte (Â–ô) is followed by one that reads as a continuation byte:
    /// the mark of double-encoded text, rare in real French (é followed by a letter is not one). Allocation-free.
    /// </summary>
    public static bool LooksDoubleEncoded(string value)
    {
        for (var i = 0; i < value.Length - 1; i++)
        {
            if (value[i] is >= '\u00C2' and <= '\u00F4' && IsContinuation(value[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The exactly repaired text, or null when the value does not look double-encoded or its repair is not exact.</summary>
    public static string? RepairDoubleEncoding(string value)
    {
        if (!LooksDoubleEncoded(value))
        {
            return null;
        }

        var bytes = ArrayPool<byte>.Shared.Rent(value.Length);
        try
        {
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c < '\u0100')
                {
                    bytes[i] = (byte)c;
                }
                else if (HighBytes.TryGetValue(c, out var b))
                {
                    bytes[i] = b;
                }
                else
                {
                    return null;
                }
            }

            var span = bytes.AsSpan(0, value.Length);
            return Utf8.IsValid(span) ? Encoding.UTF8.GetString(span) : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static bool IsContinuation(char c) => c is >= '\u0080' and <= '\u00BF' || (c > '\u00FF' && HighBytes.ContainsKey(c));

    /// <summary>The value repaired (said as an info row) when the repair is exact; else as it is, with a warning when damaged and <paramref name="judgeDamage"/>.</summary>
    public static string Apply(string value, string field, long line, ImportReport report, bool judgeDamage)
    {
        if (RepairDoubleEncoding(value) is { } repaired)
        {
            report.Repairs.DoubleEncoded++;
            report.Info(line, field, $"Texte mal encodé réparé : « {Short(value)} » devient « {Short(repaired)} ».");
            return repaired;
        }

        if (judgeDamage)
        {
            WarnIfDamaged(value, field, line, report);
        }

        return value;
    }

    /// <summary>Text that cannot be repaired is imported as it is, and said so on its row and field: never published silently.</summary>
    public static void WarnIfDamaged(string value, string field, long line, ImportReport report)
    {
        if (IsDamaged(value))
        {
            report.Repairs.Damaged++;
            report.Warn(line, field, $"Texte abîmé avant l'import (caractère illisible « � », accents perdus) : « {Short(value)} » est importé tel quel, à corriger à la source.");
        }
        else if (LooksDoubleEncoded(value))
        {
            report.Repairs.Damaged++;
            report.Warn(line, field, $"Texte probablement mal encodé, non réparable exactement : « {Short(value)} » est importé tel quel, à corriger à la source.");
        }
    }

    internal static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
