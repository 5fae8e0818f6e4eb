using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Bdis.Search.Querying;

/// <summary>
/// The page of the best documents kept by top-docs collectors over disjoint sets of segments (see
/// <see cref="ParallelCollection"/>): the same page one collector over all segments would give, as both order equal
/// scores (or equal names) by doc id.
/// </summary>
public static class TopDocsMerge
{
    /// <summary>Global doc ids of ranks [<paramref name="skip"/>, <paramref name="window"/>).</summary>
    /// <param name="byName">The collectors sort by one string field with its values filled in (<see cref="FieldDoc"/>);
    /// otherwise by score.</param>
    public static IReadOnlyList<int> Page(IReadOnlyList<ITopDocsCollector> parts, bool byName, int skip, int window)
    {
        if (skip >= window)
        {
            return [];
        }

        if (parts.Count == 1)
        {
            return parts[0].GetTopDocs(skip).ScoreDocs.Select(d => d.Doc).ToList();
        }

        var all = parts.SelectMany(p => p.GetTopDocs().ScoreDocs);
        var ordered = byName
            ? all.OrderBy(d => ((FieldDoc)d).Fields[0] as BytesRef, MissingFirst.Instance).ThenBy(d => d.Doc)
            : all.OrderByDescending(d => d.Score).ThenBy(d => d.Doc);
        return ordered.Take(window).Skip(skip).Select(d => d.Doc).ToList();
    }

    /// <summary>Lucene's string sort order: documents without a value first, then by UTF-8 bytes.</summary>
    private sealed class MissingFirst : IComparer<BytesRef?>
    {
        public static readonly MissingFirst Instance = new();

        public int Compare(BytesRef? x, BytesRef? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            _ => x.CompareTo(y),
        };
    }
}
