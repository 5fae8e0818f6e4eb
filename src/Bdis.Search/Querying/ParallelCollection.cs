using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>
/// Runs one query weight over the index segments on up to N threads (the request's thread and N - 1 pool threads),
/// each thread with its own collector set, taking the next segment not yet taken, largest first. A request on a
/// lightly loaded 2-core host otherwise leaves a core idle while it scores hundreds of thousands of matches; on a busy
/// host the request's thread simply takes every segment itself (a pool thread that starts late finds none left).
/// Segments reach a collector set in any order, so the collectors must not depend on it: ties are broken by doc id
/// (<see cref="DistanceCollector"/>, out-of-order top-docs collectors behind <see cref="InOrderScoring"/>), facet
/// counts are added in segment order at the end (<see cref="FacetCollector.Merge"/>). Within a segment each scorer is
/// the one a single-threaded search picks, so every score is computed exactly as before.
/// </summary>
public static class ParallelCollection
{
    /// <summary>The collector sets, one per thread (at least one; a set may have seen no segment).</summary>
    /// <param name="fixedAssignment">Instead of taking the next free segment, thread t takes the segments t, t + N,
    /// t + 2N… of the largest-first order, in reverse: a deterministic spread, with segments out of index order, for
    /// tests of the merges.</param>
    public static T[] Search<T>(IList<AtomicReaderContext> leaves, int threads, Weight weight, Func<T> create, Func<T, ICollector> collectorOf,
        bool fixedAssignment = false)
    {
        var order = leaves.OrderByDescending(l => l.AtomicReader.MaxDoc).ThenBy(l => l.Ord).ToArray();
        var sets = new T[Math.Clamp(threads, 1, Math.Max(1, order.Length))];
        for (var i = 0; i < sets.Length; i++)
        {
            sets[i] = create();
        }

        var next = -1;
        void Work(int thread)
        {
            var collector = collectorOf(sets[thread]);
            if (fixedAssignment)
            {
                for (var i = order.Length - 1; i >= 0; i--)
                {
                    if (i % sets.Length == thread)
                    {
                        SearchLeaf(order[i], weight, collector);
                    }
                }

                return;
            }

            int taken;
            while ((taken = Interlocked.Increment(ref next)) < order.Length)
            {
                SearchLeaf(order[taken], weight, collector);
            }
        }

        var others = new Task[sets.Length - 1];
        for (var t = 1; t < sets.Length; t++)
        {
            var thread = t;
            others[t - 1] = Task.Run(() => Work(thread));
        }

        try
        {
            Work(0);
        }
        catch
        {
            // The caller releases the searcher when this throws: the other threads must be done with it by then.
            Task.WaitAny(Task.WhenAll(others));
            throw;
        }

        foreach (var other in others)
        {
            // Waiting runs a task that no pool thread has started yet on this thread (it then finds no segment left),
            // so a saturated pool cannot stall the request; a failure surfaces as itself, as on one thread.
            other.GetAwaiter().GetResult();
        }

        return sets;
    }

    /// <summary>What <c>IndexSearcher.Search(leaves, weight, collector)</c> does for one leaf.</summary>
    private static void SearchLeaf(AtomicReaderContext context, Weight weight, ICollector collector)
    {
        try
        {
            collector.SetNextReader(context);
        }
        catch (CollectionTerminatedException)
        {
            return;
        }

        var scorer = weight.GetBulkScorer(context, !collector.AcceptsDocsOutOfOrder, context.AtomicReader.LiveDocs);
        if (scorer is null)
        {
            return;
        }

        try
        {
            scorer.Score(collector);
        }
        catch (CollectionTerminatedException)
        {
            // This collector needs no more documents from this segment.
        }
    }
}
