using System.Runtime.CompilerServices;
using Bdis.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Bdis.Search.Querying;

/// <summary>
/// Ranks a record with a complete fiche a little above a bare one at equal relevance: its score is multiplied by
/// <see cref="Factor"/> as the collector reads it. Done here rather than as an optional query clause, which had to
/// advance the postings of "complete" (most records) for every match — a large share of a query matching hundreds of
/// thousands of records at 1M.
/// </summary>
public sealed class CompletenessBonusCollector(ICollector inner) : ICollector
{
    /// <summary>Small enough to reorder only results within a few percent of each other.</summary>
    public const float Factor = 1.04f;

    private static readonly ConditionalWeakTable<object, FixedBitSet> Cache = new();
    private FixedBitSet _complete = new(0);

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetNextReader(AtomicReaderContext context)
    {
        _complete = Cache.GetValue(context.AtomicReader.CoreCacheKey, _ => Load(context.AtomicReader));
        inner.SetNextReader(context);
    }

    public void SetScorer(Scorer scorer) => inner.SetScorer(new BonusScorer(scorer, _complete));

    public void Collect(int doc) => inner.Collect(doc);

    /// <summary>Every document of the segment with the complete marker, deleted ones included (harmless).</summary>
    private static FixedBitSet Load(AtomicReader reader)
    {
        var bits = new FixedBitSet(reader.MaxDoc);
        var postings = reader.GetTermDocsEnum(new Term(IndexFields.Quality, IndexFields.Complete));
        if (postings is not null)
        {
            int doc;
            while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                bits.Set(doc);
            }
        }

        return bits;
    }

    private sealed class BonusScorer(Scorer scorer, FixedBitSet complete) : Scorer(scorer.Weight)
    {
        public override int DocID => scorer.DocID;

        public override int Freq => scorer.Freq;

        public override float GetScore()
        {
            var score = scorer.GetScore();
            var doc = scorer.DocID;
            return doc < complete.Length && complete.Get(doc) ? score * Factor : score;
        }

        public override int NextDoc() => scorer.NextDoc();

        public override int Advance(int target) => scorer.Advance(target);

        public override long GetCost() => scorer.GetCost();
    }
}
