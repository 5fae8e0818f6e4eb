using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>
/// The first <c>size</c> matching documents in index order, then stops: for a query without text every match scores
/// the same, so these are exactly the page a full relevance collection would return.
/// </summary>
public sealed class FirstDocsCollector(int size) : ICollector
{
    private readonly List<int> _docs = new(Math.Min(size, 1024));
    private int _docBase;

    public IReadOnlyList<int> Docs => _docs;

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        if (_docs.Count >= size)
        {
            // Ends this segment; the searcher moves on, and every later segment ends at its first document.
            throw new CollectionTerminatedException();
        }

        _docs.Add(_docBase + doc);
    }
}
