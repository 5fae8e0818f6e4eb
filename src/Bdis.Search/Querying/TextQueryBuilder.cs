using Bdis.Search.Analysis;
using Bdis.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>
/// Turns words into a Lucene query without any query syntax (user text stays text). Each word may match the name
/// (exact word best, then stem), the place, or the description (stem), with typo tolerance for longer words and prefix
/// matching for the word being typed when it is not a whole word yet. Synonym wordings are alternatives, a little below the words as typed.
/// Complete fiches win ties through <see cref="CompletenessBonusCollector"/>.
/// </summary>
public sealed class TextQueryBuilder(SynonymSet synonyms)
{
    private const float NameExactBoost = 8f;
    private const float NameStemBoost = 5f;
    private const float PlaceBoost = 3f;
    private const float BodyBoost = 1f;
    private const float FuzzyFactor = 0.3f;
    private const float SynonymBoost = 0.9f;

    /// <summary>The word being typed is also a prefix of name and place words from this length…</summary>
    public const int MinPrefixLength = 3;

    /// <summary>…and of description words from this one.</summary>
    public const int MinBodyPrefixLength = 4;

    /// <param name="reader">Used to see which words the index knows: only unknown words get typo tolerance, which
    /// keeps exact matches clean and avoids building Levenshtein automata for every word.</param>
    /// <param name="requireAll">Every word must match (the first try); otherwise any word may.</param>
    public Query Build(QueryText text, IndexReader reader, bool requireAll) => Build(text, reader, requireAll, out _);

    /// <param name="postings">The number of postings of the exact and stem terms the query reads (fuzzy and prefix
    /// expansions not counted): an estimate of the query's cost, known before it runs.</param>
    public Query Build(QueryText text, IndexReader reader, bool requireAll, out long postings)
    {
        long cost = 0;
        var wordings = new List<(IReadOnlyList<string> Words, float Boost)> { (text.Words, 1f) };
        wordings.AddRange(synonyms.Alternatives(text.Words).Select(w => ((IReadOnlyList<string>)w, SynonymBoost)));

        Query matching;
        if (wordings.Count == 1)
        {
            matching = Wording(text.Words, text.LastIsPrefix, requireAll, reader, ref cost);
        }
        else
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var (words, boost) in wordings)
            {
                var q = Wording(words, text.LastIsPrefix && ReferenceEquals(words, text.Words), requireAll, reader, ref cost);
                q.Boost = boost;
                any.Add(q, Occur.SHOULD);
            }

            matching = any;
        }

        postings = cost;
        return matching;
    }

    private static Query Wording(IReadOnlyList<string> words, bool lastIsPrefix, bool requireAll, IndexReader reader, ref long postings)
    {
        var query = new BooleanQuery(disableCoord: !requireAll);
        for (var i = 0; i < words.Count; i++)
        {
            if (Word(words[i], lastIsPrefix && i == words.Count - 1, reader, ref postings) is { } word)
            {
                query.Add(word, requireAll ? Occur.MUST : Occur.SHOULD);
            }
        }

        return query;
    }

    /// <returns>Null for a fragment still being typed, too short to complete and not a word of the index
    /// ("croix-r"): it is left out rather than required.</returns>
    private static Query? Word(string folded, bool prefix, IndexReader reader, ref long postings)
    {
        var stem = Tokens.Stem(folded);
        var inName = reader.DocFreq(new Term(IndexFields.NameFolded, folded));
        var inBody = reader.DocFreq(new Term(IndexFields.Body, stem));
        var inPlace = reader.DocFreq(new Term(IndexFields.Place, folded));
        var known = inName > 0 || inBody > 0 || inPlace > 0;
        if (prefix && !known && folded.Length < MinPrefixLength)
        {
            return null;
        }

        // The stemmed name holds the folded name's words (stemmed): its postings are about as many.
        postings += (2L * inName) + inBody + inPlace;
        var word = new DisjunctionMaxQuery(0.1f)
        {
            Boosted(new TermQuery(new Term(IndexFields.NameFolded, folded)), NameExactBoost),
            Boosted(new TermQuery(new Term(IndexFields.NameStemmed, stem)), NameStemBoost),
            Boosted(new TermQuery(new Term(IndexFields.Place, folded)), PlaceBoost),
            Boosted(new TermQuery(new Term(IndexFields.Body, stem)), BodyBoost),
        };

        // Typos: one edit from 5 letters, two from 8, counted on the form compared (word or stem); a shorter word is
        // matched only as itself ("sel" never reaches "selon" or "seul").
        if (!known && Edits(folded) is > 0 and var wordEdits)
        {
            word.Add(Boosted(new FuzzyQuery(new Term(IndexFields.NameFolded, folded), wordEdits, 1, 30, true), NameExactBoost * FuzzyFactor));
            word.Add(Boosted(new FuzzyQuery(new Term(IndexFields.Place, folded), wordEdits, 1, 30, true), PlaceBoost * FuzzyFactor));
        }

        if (!known && Edits(stem) is > 0 and var stemEdits)
        {
            word.Add(Boosted(new FuzzyQuery(new Term(IndexFields.Body, stem), stemEdits, 1, 30, true), BodyBoost * FuzzyFactor));
        }

        // The word being typed ("guidon lib") is also a prefix, unless it is already a word the index knows: then the
        // prefix would only add longer words to a large match set (at 1M records, expanding "formation" over the
        // descriptions was the widest clause of the slowest queries), and the word itself already matches. In names and
        // places from three letters ("guidon lib"), in descriptions from four: "sel" would find every "selon" there.
        if (prefix && !known && folded.Length >= MinPrefixLength)
        {
            word.Add(Boosted(new PrefixQuery(new Term(IndexFields.NameFolded, folded)), NameExactBoost * FuzzyFactor));
            word.Add(Boosted(new PrefixQuery(new Term(IndexFields.Place, folded)), PlaceBoost * FuzzyFactor));
            if (folded.Length >= MinBodyPrefixLength)
            {
                word.Add(Boosted(new PrefixQuery(new Term(IndexFields.Body, folded)), BodyBoost * FuzzyFactor));
            }
        }

        return word;
    }

    private static int Edits(string term) => term.Length >= 8 ? 2 : term.Length >= 5 ? 1 : 0;

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
