using System.Text;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Bdis.Search.Analysis;

/// <summary>
/// Words are runs of letters and digits, lower-cased on the way; everything else separates them (so "l'épicerie"
/// gives "l" and "épicerie", "tiers-lieu" gives "tiers" and "lieu"). Much cheaper than the grammar-based
/// StandardTokenizer, which matters when indexing a million records on two cores; ASCII takes a fast path (the
/// culture-aware case mapping showed up in the build profile), and so do the Latin letters with accents, through a
/// table: <see cref="char.ToLowerInvariant"/> goes to ICU for each of them, ~14 % of a build's time in a profile.
/// </summary>
public sealed class WordTokenizer(LuceneVersion version, TextReader input) : CharTokenizer(version, input)
{
    /// <summary>Latin-1, Latin Extended-A and B: every accented letter of French and its neighbours.</summary>
    private const int TableSize = 0x250;

    private static readonly char[] Lower = Enumerable.Range(0, TableSize).Select(c => char.ToLowerInvariant((char)c)).ToArray();

    protected override bool IsTokenChar(int c) => c switch
    {
        < 0x80 => char.IsAsciiLetterOrDigit((char)c),
        < 0x10000 => char.IsLetterOrDigit((char)c),
        _ => Rune.IsValid(c) && Rune.IsLetterOrDigit(new Rune(c)),
    };

    protected override int Normalize(int c) => c switch
    {
        >= 'A' and <= 'Z' => c + 32,
        < TableSize => Lower[c],
        < 0x10000 => char.ToLowerInvariant((char)c),
        _ => Rune.IsValid(c) ? Rune.ToLowerInvariant(new Rune(c)).Value : c,
    };
}
