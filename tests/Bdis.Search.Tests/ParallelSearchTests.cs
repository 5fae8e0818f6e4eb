using Bdis.Search.Contracts;
using Bdis.Search.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace Bdis.Search.Tests;

/// <summary>
/// A search collected on several threads over groups of segments gives exactly what one thread gives: same total,
/// same page in the same order, same distances, same facet counts (in the same order). The demo index is split into
/// several segments by updates applied from the change log (<see cref="MultiSegmentDemoFixture"/>).
/// </summary>
public sealed class ParallelSearchTests(MultiSegmentDemoFixture fixture) : IClassFixture<MultiSegmentDemoFixture>
{
    private static readonly GeoPoint Lyon = new(4.8357, 45.7640);

    private SearchHost Host => fixture.Host;

    [Fact]
    public void The_index_under_test_has_several_segments_with_deletions()
    {
        using var lease = Host.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        Assert.True(reader.Leaves.Count >= 3, $"{reader.Leaves.Count} segments");
        Assert.True(reader.HasDeletions);
    }

    public static TheoryData<string> Queries() =>
    [
        "jardin", "epicerie solidaire", "ressourcrie", "cooperative", "velo", "amap", "association", "insertion emploi",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Ranked_pages_totals_and_facets_match_one_thread(string text)
    {
        foreach (var query in Variants(text))
        {
            AssertSame(query);
        }
    }

    [Fact]
    public void Queries_without_text_match_one_thread()
    {
        var all = Serial().Search(new SearchQuery());
        var region = all.Facets.Region.Keys.First();
        var department = all.Facets.Department.Keys.First();
        var theme = Serial().Search(new SearchQuery { Filters = new SearchFilters { Departments = [department] } }).Facets.Theme.Keys.First();
        foreach (var query in Variants(null).Concat(
        [
            new SearchQuery { Filters = new SearchFilters { Regions = [region] }, Page = 2, PageSize = 5 },
            new SearchQuery { Filters = new SearchFilters { Departments = [department], Themes = [theme] } },
        ]))
        {
            AssertSame(query);
        }
    }

    [Fact]
    public void Name_sort_pages_match_one_thread_and_are_in_name_order()
    {
        var first = Parallel().Search(new SearchQuery { Sort = SearchSort.Name, PageSize = 30 });
        Assert.Equal(30, first.Items.Count);
        var folded = StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace);
        var names = first.Items.Select(i => i.Name.Replace('\u2019', '\'')).ToList(); // typographic apostrophes fold like the sort key
        Assert.Equal(names.Order(folded), names);
        AssertSame(new SearchQuery { Sort = SearchSort.Name, PageSize = 30 });
    }

    private static IEnumerable<SearchQuery> Variants(string? text) =>
    [
        new SearchQuery { Text = text },
        new SearchQuery { Text = text, Page = 2, PageSize = 7 },
        new SearchQuery { Text = text, Page = 3, PageSize = 100 },
        new SearchQuery { Text = text, Sort = SearchSort.Name, Page = 2, PageSize = 10 },
        new SearchQuery { Text = text, Filters = new SearchFilters { Near = Lyon, RadiusKm = 300 }, Sort = SearchSort.Distance },
        new SearchQuery { Text = text, Filters = new SearchFilters { Near = Lyon, RadiusKm = 2000 }, Sort = SearchSort.Distance, Page = 2, PageSize = 15 },
        new SearchQuery { Text = text, Filters = new SearchFilters { Bbox = new BoundingBox(-5, 42, 8, 51) } },
        new SearchQuery { Text = text, Filters = new SearchFilters { Themes = ["consommer", "cooperer"] } },
    ];

    private void AssertSame(SearchQuery query)
    {
        var what = $"{query.Text} sort={query.Sort} page={query.Page} size={query.PageSize} {query.Filters}";
        var (one, many) = OnOneIndexState(query, what);
        Assert.True(one.Total > 0 || query.Text is not null, $"{what}: nothing matched, the comparison would be empty");
        Assert.Equal(one.Total, many.Total);
        Assert.True(one.Items.Select(i => (i.Id, i.DistanceKm)).SequenceEqual(many.Items.Select(i => (i.Id, i.DistanceKm))),
            $"{what}: pages differ\none:  {string.Join(", ", one.Items.Select(i => i.Id.ToString()[^6..]))}\nmany: {string.Join(", ", many.Items.Select(i => i.Id.ToString()[^6..]))}");
        Assert.Equal(one.Facets.Region.ToList(), many.Facets.Region.ToList());
        Assert.Equal(one.Facets.Department.ToList(), many.Facets.Department.ToList());
        Assert.Equal(one.Facets.Theme.ToList(), many.Facets.Theme.ToList());
        Assert.Equal(one.Facets.Network.ToList(), many.Facets.Network.ToList());
        Assert.Equal(one.Facets.LegalStatus.ToList(), many.Facets.LegalStatus.ToList());
    }

    /// <summary>
    /// Both searches on the same index state: each search takes the current searcher, and a commit of the change-log
    /// applier in between (a late re-application under load) renumbers documents, which reorders equal scores.
    /// </summary>
    private (SearchResult One, SearchResult Many) OnOneIndexState(SearchQuery query, string what)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var before = IndexVersion();
            var one = Serial().Search(query);
            var many = Parallel().Search(query);
            if (IndexVersion() == before)
            {
                return (one, many);
            }
        }

        Assert.Fail($"{what}: the index kept changing while the two searches ran");
        return default;
    }

    private long IndexVersion()
    {
        using var lease = Host.Index.Acquire();
        return ((Lucene.Net.Index.DirectoryReader)lease.Searcher.IndexReader).Version;
    }

    private LuceneInitiativeSearch Serial() => Create(new SearchParallelism(1, long.MaxValue));

    /// <summary>Three threads from the first posting, segments spread over them out of index order.</summary>
    private LuceneInitiativeSearch Parallel() => Create(new SearchParallelism(3, 0) { FixedAssignment = true });

    private LuceneInitiativeSearch Create(SearchParallelism parallelism) => new(
        Host.Index, Host.Services.GetRequiredService<TextQueryBuilder>(), Host.Services.GetRequiredService<FilterQueryBuilder>(),
        Host.Services.GetRequiredService<Suggester>(), Host.Services.GetRequiredService<QueryInterpreter>(), parallelism);

}
