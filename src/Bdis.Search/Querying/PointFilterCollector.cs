using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>Passes on to <paramref name="inner"/> only the documents whose position the subclass accepts.</summary>
public abstract class PointFilterCollector(ICollector inner) : ICollector
{
    private PointReader _points;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _points = new PointReader(context.AtomicReader);
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (_points.TryGet(doc, out var lat, out var lon) && Accepts(lat, lon))
        {
            inner.Collect(doc);
        }
    }

    protected abstract bool Accepts(double lat, double lon);
}
