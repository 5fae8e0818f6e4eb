using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Bdis.Search.Analysis;

/// <summary>
/// French analysis shared by indexing and querying: words in lower case (<see cref="WordTokenizer"/>), elided
/// articles (l', d', qu'…, split off by the tokenizer) and French stop words removed, accents folded, and (for
/// <see cref="Stemmed"/>) light stemming. Folding comes before stemming so that "epicerie" and "Épicerie" reach the
/// stemmer as the same word.
/// </summary>
public sealed class FrenchAnalysis : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet StopWords = CreateStopWords();

    private readonly bool _stem;

    private FrenchAnalysis(bool stem) => _stem = stem;

    /// <summary>Folded and stemmed: "Coopératives" → "cooperatif".</summary>
    public static FrenchAnalysis Stemmed { get; } = new(stem: true);

    /// <summary>Folded only: "Coopératives" → "cooperatives"; for exact-word, prefix and typo matching.</summary>
    public static FrenchAnalysis Folded { get; } = new(stem: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new WordTokenizer(Version, reader);
        TokenStream stream = new StopFilter(Version, tokenizer, StopWords);
        stream = new ASCIIFoldingFilter(stream);
        if (_stem)
        {
            stream = new CachingFrenchLightStemFilter(stream);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    private static CharArraySet CreateStopWords()
    {
        var set = new CharArraySet(Version, FrenchAnalyzer.DefaultStopSet, ignoreCase: false);
        foreach (var article in new[] { "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu" })
        {
            set.Add(article);
        }

        return set.AsReadOnly();
    }
}
