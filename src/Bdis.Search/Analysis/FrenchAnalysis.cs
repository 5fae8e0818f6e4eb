using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Bdis.Search.Analysis;

/// <summary>
/// French analysis shared by indexing and querying: elision (l', d', qu'), lower case, French stop words, accent
/// folding, and (for <see cref="Stemmed"/>) light stemming. Folding comes before stemming so that "epicerie" and
/// "Épicerie" reach the stemmer as the same word.
/// </summary>
public sealed class FrenchAnalysis : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet Articles = new(Version,
        ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"], ignoreCase: true);

    private readonly bool _stem;

    private FrenchAnalysis(bool stem) => _stem = stem;

    /// <summary>Folded and stemmed: "Coopératives" → "cooperatif".</summary>
    public static FrenchAnalysis Stemmed { get; } = new(stem: true);

    /// <summary>Folded only: "Coopératives" → "cooperatives"; for exact-word, prefix and typo matching.</summary>
    public static FrenchAnalysis Folded { get; } = new(stem: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        TokenStream stream = new ElisionFilter(tokenizer, Articles);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, FrenchAnalyzer.DefaultStopSet);
        stream = new ASCIIFoldingFilter(stream);
        if (_stem)
        {
            stream = new FrenchLightStemFilter(stream);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}
