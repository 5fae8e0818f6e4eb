using Lucene.Net.Search;

namespace Bdis.Search.Indexing;

/// <summary>
/// The process-wide owner of the open index generation. Searches lease a searcher; a rebuild published by another
/// process (or this one) is swapped in without stopping queries: new leases use the new generation, leases in
/// flight finish on the old one, which is closed once released.
/// </summary>
public sealed class IndexManager : IDisposable
{
    private readonly Lock _swap = new();
    private IndexGeneration? _current;

    public IndexManager(IndexLocation location) => Location = location;

    public IndexLocation Location { get; }

    public IndexGeneration? Current => Volatile.Read(ref _current);

    public bool IsOpen => Current is not null;

    /// <summary>Makes <paramref name="generation"/> the one served; returns the previous one (the caller disposes it).</summary>
    public IndexGeneration? Swap(IndexGeneration generation)
    {
        lock (_swap)
        {
            var previous = _current;
            Volatile.Write(ref _current, generation);
            return previous;
        }
    }

    public SearcherLease Acquire()
    {
        for (var attempt = 0; ; attempt++)
        {
            var generation = Current ?? throw new SearchIndexUnavailableException("The search index is not open yet.");
            try
            {
                return new SearcherLease(generation.Searchers, generation.Searchers.Acquire());
            }
            catch (ObjectDisposedException) when (attempt < 5)
            {
                // Swapped and closed between reading Current and acquiring: take the new one.
            }
        }
    }

    public void Dispose()
    {
        lock (_swap)
        {
            _current?.Dispose();
            _current = null;
        }
    }
}

/// <summary>A searcher borrowed from a <see cref="SearcherManager"/>; dispose to give it back.</summary>
public readonly struct SearcherLease(SearcherManager manager, IndexSearcher searcher) : IDisposable
{
    public IndexSearcher Searcher { get; } = searcher;

    public void Dispose() => manager.Release(Searcher);
}
