using Bdis.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>
/// The order of a list without words: each record's score is its <see cref="IndexFields.DefaultOrder"/> value
/// (complete fiche first, then the most recently updated day, then a stable shuffle — see
/// <see cref="DefaultOrder"/>), so the ranked collectors, their parallel merge and paging work unchanged.
/// </summary>
public sealed class DefaultOrderCollector(ICollector inner) : ICollector
{
    private NumericDocValues? _values;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetNextReader(AtomicReaderContext context)
    {
        _values = context.AtomicReader.GetNumericDocValues(IndexFields.DefaultOrder);
        inner.SetNextReader(context);
    }

    public void SetScorer(Scorer scorer) => inner.SetScorer(new OrderScorer(scorer, _values));

    public void Collect(int doc) => inner.Collect(doc);

    private sealed class OrderScorer(Scorer scorer, NumericDocValues? values) : Scorer(scorer.Weight)
    {
        public override int DocID => scorer.DocID;

        public override int Freq => scorer.Freq;

        public override float GetScore() => values is null ? 0f : values.Get(scorer.DocID);

        public override int NextDoc() => scorer.NextDoc();

        public override int Advance(int target) => scorer.Advance(target);

        public override long GetCost() => scorer.GetCost();
    }
}
