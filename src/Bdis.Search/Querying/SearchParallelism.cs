namespace Bdis.Search.Querying;

/// <summary>
/// How many threads one search may use (see <see cref="ParallelCollection"/>), and from which estimated cost: small queries
/// stay on the request's thread, where a hand-off would cost more than it saves. A search that runs while another one
/// is running in the same process also stays on its thread (<see cref="LuceneInitiativeSearch"/>): a busy host has no
/// idle core to lend.
/// </summary>
/// <param name="Threads">Threads per query (1: never parallel).</param>
/// <param name="MinPostings">The estimated postings (see <see cref="TextQueryBuilder.Build(QueryText, Lucene.Net.Index.IndexReader, bool, out long)"/>;
/// the index size for a query without text) from which a query is split.</param>
public sealed record SearchParallelism(int Threads, long MinPostings)
{
    /// <summary>Spread the segments over the threads in a fixed way, out of index order (see
    /// <see cref="ParallelCollection.Search"/>): for tests that must exercise every merge whatever the scheduling.</summary>
    public bool FixedAssignment { get; init; }

    /// <summary>Two threads on a machine with at least two cores, for queries reading 20,000 postings or more.</summary>
    public static SearchParallelism Default { get; } = new(Math.Min(2, Environment.ProcessorCount), 20_000);
}
