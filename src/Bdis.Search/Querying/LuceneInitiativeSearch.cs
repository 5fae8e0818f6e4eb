using Bdis.Core.Geo;
using Bdis.Search.Contracts;
using Bdis.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>
/// <see cref="IInitiativeSearch"/> over the Lucene index: one pass per request collects the page, the total and
/// the facet counts together; a costly query is collected on several threads over groups of segments
/// (<see cref="ParallelCollection"/>), with the same results.
/// </summary>
public sealed class LuceneInitiativeSearch(IndexManager index, TextQueryBuilder text, FilterQueryBuilder filters, Suggester suggester,
    QueryInterpreter interpreter, SearchParallelism? parallelism = null) : IInitiativeSearch
{
    private readonly SearchParallelism _parallelism = parallelism ?? SearchParallelism.Default;
    private int _running;
    private readonly FilterCountCache _filterCounts = new();

    /// <summary>Results deeper than this are counted but not listed (refine the query instead).</summary>
    public const int MaxWindow = 10_000;
    public const int MaxPageSize = 100;

    public SearchResult Search(SearchQuery query)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var skip = (long)(Math.Max(1, query.Page) - 1) * pageSize;
        var window = (int)Math.Min(MaxWindow, skip + pageSize);
        // A search running beside others stays on its thread: the cores are already busy, and a second thread
        // would only wait for one (measured: p95 worse, not better, when the machine is loaded).
        var alone = Interlocked.Increment(ref _running) == 1;
        try
        {
            using var lease = index.Acquire();
            // Every word must match: no "any word" retry, which the map (and the counts) could not follow.
            var read = interpreter.Interpret(lease.Searcher.IndexReader, query.Text, query.Filters, query.ReadPlaces);
            return Run(lease.Searcher, query with { Filters = read.Filters }, read, skip, window, alone) with { Interpretation = read.Interpretation };
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    public IReadOnlyList<Suggestion> Suggest(string prefix, int max = 10)
    {
        using var lease = index.Acquire();
        return suggester.Suggest(lease.Searcher, prefix, Math.Clamp(max, 0, 50));
    }

    public ClusterResult Clusters(ClusterQuery query)
    {
        var builder = new ClusterBuilder(query.Bbox, query.Zoom);
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var read = interpreter.Interpret(searcher.IndexReader, query.Text, query.Filters, query.ReadPlaces);
        var words = read.Words;
        var inView = read.Filters with { Bbox = query.Bbox };
        if (words.IsEmpty && IsUnfiltered(read.Filters))
        {
            builder.AddAll(searcher.IndexReader);
        }
        else
        {
            searcher.Search(Combine(words, inView, searcher.IndexReader, requireAll: true, out _), Wrap(builder, inView, words));
        }

        var features = builder.Cells.Select(cell => cell.Count == 1
            ? MapLabel.Read(searcher.IndexReader, cell.FirstDoc, new GeoPoint(cell.Lon, cell.Lat))
            : new MapFeature { Position = new GeoPoint(cell.Lon, cell.Lat), Count = cell.Count, Extent = cell.Extent, Themes = cell.Theme is { } t ? [t] : [] }).ToList();
        return new ClusterResult(builder.Total, features);
    }

    /// <param name="alone">No other search is running in this process: it may use more than one thread.</param>
    private SearchResult Run(IndexSearcher searcher, SearchQuery query, InterpretedQuery read, long skip, int window, bool alone)
    {
        var words = read.Words;
        var lucene = Combine(words, query.Filters, searcher.IndexReader, requireAll: true, out var cost);
        // Distances are measured from the visitor's point, else from the centre of the commune the text named.
        var near = query.Filters.Near ?? read.Interpretation?.Centre;
        var sort = query.Sort ?? (near is not null ? SearchSort.Distance : SearchSort.Relevance);
        var defaultOrder = words.IsEmpty && sort == SearchSort.Relevance;
        if (defaultOrder && _filterCounts.TryGet(searcher.IndexReader, query.Filters, out var knownTotal, out var knownFacets))
        {
            // Counts known for this reader: only the page is needed.
            var top = TopScoreDocCollector.Create(window, true);
            searcher.Search(lucene, Wrap(new DefaultOrderCollector(top), query.Filters, words));
            var page = top.GetTopDocs((int)Math.Min(skip, window)).ScoreDocs.Select(d => Hit(searcher.Doc(d.Doc), words, near)).ToList();
            return new SearchResult(knownTotal, page, query.WithFacets ? knownFacets : SearchFacets.Empty);
        }

        var withFacets = query.WithFacets || words.IsEmpty;
        var threads = alone && cost >= _parallelism.MinPostings ? _parallelism.Threads : 1;
        var leaves = searcher.IndexReader.Leaves;
        var weight = searcher.CreateNormalizedWeight(lucene);
        var from = (int)Math.Min(skip, window);
        IReadOnlyList<int> docs;
        long total;
        SearchFacets? counted;
        if (sort == SearchSort.Distance && near is { } center)
        {
            var sets = ParallelCollection.Search(leaves, threads, weight,
                () => (Nearest: new DistanceCollector(center, window), Facets: withFacets ? new FacetCollector() : null),
                s => Wrap(With(s.Nearest, s.Facets), query.Filters, words), _parallelism.FixedAssignment);
            total = sets.Sum(s => s.Nearest.Total);
            docs = DistanceCollector.Merge(sets.Select(s => s.Nearest), window, from);
            counted = withFacets ? FacetCollector.Merge(sets.Select(s => s.Facets!)) : null;
        }
        else
        {
            var byName = sort == SearchSort.Name;
            var sets = ParallelCollection.Search(leaves, threads, weight,
                () => (Top: NewTop(byName, window), Facets: withFacets ? new FacetCollector() : null),
                s => new InOrderScoring(Wrap(With(Ranked(s.Top, sort, words), s.Facets), query.Filters, words)), _parallelism.FixedAssignment);
            total = sets.Sum(s => s.Top.TotalHits);
            docs = TopDocsMerge.Page(sets.Select(s => s.Top).ToList(), byName, from, window);
            counted = withFacets ? FacetCollector.Merge(sets.Select(s => s.Facets!)) : null;
        }

        var hits = docs.Select(doc => Hit(searcher.Doc(doc), words, near)).ToList();
        if (words.IsEmpty && counted is not null)
        {
            _filterCounts.Add(searcher.IndexReader, query.Filters, total, counted);
        }

        return new SearchResult(total, hits, query.WithFacets && counted is not null ? counted : SearchFacets.Empty);
    }

    /// <summary>Relevance with words: complete fiches win ties; without words, the directory's default order.</summary>
    private static ICollector Ranked(ICollector top, SearchSort sort, QueryText words) => sort != SearchSort.Relevance ? top
        : words.IsEmpty ? new DefaultOrderCollector(top) : new CompletenessBonusCollector(top);

    /// <summary>
    /// The out-of-order variants (ties by doc id whatever the order segments come in), with each hit's name kept for
    /// <see cref="TopDocsMerge"/>; still fed by in-order scorers (<see cref="InOrderScoring"/>).
    /// </summary>
    private static ITopDocsCollector NewTop(bool byName, int window) => byName
        ? TopFieldCollector.Create(
            new Sort(new SortField(IndexFields.NameSort, SortFieldType.STRING)), window, true, false, false, false)
        : TopScoreDocCollector.Create(window, false);

    /// <param name="cost">The estimated postings the text reads; the index size without text (filters alone).</param>
    private Query Combine(QueryText words, SearchFilters filterValues, Lucene.Net.Index.IndexReader reader, bool requireAll, out long cost)
    {
        cost = reader.MaxDoc;
        var textQuery = words.IsEmpty ? null : text.Build(words, reader, requireAll, out cost);
        // With text, the box and the distance are checked on each text match (Wrap), not by range queries.
        var filterQuery = filters.Build(filterValues, withGeo: textQuery is null);
        return (textQuery, filterQuery) switch
        {
            (null, null) => new MatchAllDocsQuery(),
            (null, { } f) => f,
            ({ } t, null) => t,
            ({ } t, { } f) => new BooleanQuery(disableCoord: true) { { t, Occur.MUST }, { f, Occur.MUST } },
        };
    }

    private static bool IsUnfiltered(SearchFilters f) =>
        f.Regions.Count == 0 && f.Departments.Count == 0 && f.Themes.Count == 0 && f.Networks.Count == 0
        && f.LegalStatuses.Count == 0 && f.Bbox is null && f.Near is null;

    private static ICollector With(ICollector main, FacetCollector? facets) => facets is null ? main : MultiCollector.Wrap(main, facets);

    private static ICollector Wrap(ICollector collector, SearchFilters f, QueryText words)
    {
        if (!words.IsEmpty && f.Bbox is { } box)
        {
            collector = new BoxFilterCollector(collector, box);
        }

        return f.Near is { } near && f.RadiusKm is { } radius ? new GeoFilterCollector(collector, near, radius) : collector;
    }

    private static SearchHit Hit(Document doc, QueryText words, GeoPoint? near)
    {
        var location = Location(doc);
        var snippet = SnippetBuilder.Build(doc.Get(IndexFields.Snippet), words);
        return new SearchHit
        {
            Id = Guid.Parse(doc.Get(IndexFields.Id)),
            Slug = doc.Get(IndexFields.Slug),
            Name = doc.Get(IndexFields.Name),
            Commune = doc.Get(IndexFields.Commune),
            Postcode = doc.Get(IndexFields.Postcode),
            Region = doc.Get(IndexFields.Region),
            Department = doc.Get(IndexFields.Department),
            Themes = doc.GetValues(IndexFields.Theme),
            Network = doc.Get(IndexFields.Network),
            LegalStatus = doc.Get(IndexFields.LegalStatus),
            Location = location,
            Snippet = snippet?.Text,
            Highlights = snippet?.Highlights ?? [],
            DistanceKm = near is { } p && location is { } l ? Math.Round(Distance.HaversineKm(p.Lat, p.Lon, l.Lat, l.Lon), 3) : null,
        };
    }

    private static GeoPoint? Location(Document doc) =>
        doc.GetField(IndexFields.Lat)?.GetDoubleValue() is { } lat && doc.GetField(IndexFields.Lon)?.GetDoubleValue() is { } lon
            ? new GeoPoint(lon, lat) : null;
}
