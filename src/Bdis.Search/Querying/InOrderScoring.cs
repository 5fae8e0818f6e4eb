using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>
/// Asks for the in-order scorers a ranked search uses on one thread (same scores, bit for bit) while the wrapped
/// collector is an out-of-order one: those break score ties by doc id whatever order the segments come in, which
/// <see cref="ParallelCollection"/> needs.
/// </summary>
public sealed class InOrderScoring(ICollector inner) : ICollector
{
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context) => inner.SetNextReader(context);

    public void Collect(int doc) => inner.Collect(doc);
}
