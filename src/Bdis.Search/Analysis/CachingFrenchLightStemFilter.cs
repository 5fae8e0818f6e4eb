using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bdis.Search.Analysis;

/// <summary>
/// <see cref="FrenchLightStemFilter"/> with a memory of the words it has stemmed. Text repeats a small vocabulary,
/// and the stemmer's character shuffling (Lucene.Net's array copies for each deleted letter) was ~15 % of a bulk
/// build's indexing time. Same stems as the plain filter; the memory belongs to one token stream, so to one thread
/// (analysis components are reused per thread), and stops growing at <see cref="MaxEntries"/> words.
/// </summary>
public sealed class CachingFrenchLightStemFilter : TokenFilter
{
    public const int MaxEntries = 100_000;

    private readonly FrenchLightStemmer _stemmer = new();
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public CachingFrenchLightStemFilter(TokenStream input)
        : base(input)
    {
        _lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_keyword.IsKeyword)
        {
            return true;
        }

        var word = _term.Buffer.AsSpan(0, _term.Length);
        if (_lookup.TryGetValue(word, out var stem))
        {
            _term.SetEmpty().Append(stem);
            return true;
        }

        var original = _stems.Count < MaxEntries ? word.ToString() : null;
        var length = _stemmer.Stem(_term.Buffer, _term.Length);
        _term.Length = length;
        if (original is not null)
        {
            _stems[original] = new string(_term.Buffer, 0, length);
        }

        return true;
    }
}
