using Bdis.Core.Initiatives;
using Bdis.Search.Contracts;
using Bdis.Testing;

namespace Bdis.Search.Tests;

/// <summary>Ranking rules, snippets, facets and clusters checked on records written for the purpose.</summary>
public sealed class RankingAndResultTests : IAsyncLifetime
{
    private SearchHost? _host;

    private SearchHost Host => _host!;

    public async Task InitializeAsync()
    {
        var connectionString = await TestCluster.CreateDatabaseAsync("ranking");
        _host = await SearchHost.StartAsync(connectionString);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await TestCluster.DropDatabaseAsync(Host.ConnectionString);
    }

    private long Count(string text) => Host.Search.Search(new SearchQuery { Text = text, WithFacets = false }).Total;

    [Fact]
    public async Task At_equal_relevance_a_complete_fiche_ranks_above_a_bare_one()
    {
        var bare = Records.New("Bouquinerie Zéphyrine", description: null!);
        bare.Description = null;
        var complete = Records.New("Bouquinerie Zéphyrine",
            description: "Librairie associative de livres d'occasion : dons, tri, revente à petits prix et lectures publiques pour les enfants du quartier.");
        complete.Summary = "Livres d'occasion à petits prix.";
        complete.Address = complete.Address with { Street = "3 rue des Lices" };
        complete.Contacts = new Contacts { Email = "contact@zephyrine.example" };
        await Records.CreateAsync(Host.ConnectionString, bare);
        await Records.CreateAsync(Host.ConnectionString, complete);
        await Eventually.TrueAsync(() => Count("zephyrine") == 2, "both indexed");

        var hits = Host.Search.Search(new SearchQuery { Text = "bouquinerie zephyrine" }).Items;
        Assert.Equal(complete.Slug, hits[0].Slug);
        Assert.Equal(bare.Slug, hits[1].Slug);
    }

    [Fact]
    public async Task A_name_match_ranks_above_a_description_match_and_exact_above_fuzzy()
    {
        await Records.CreateAsync(Host.ConnectionString, Records.New("Le Relais Tourbillon", "Un lieu convivial."));
        await Records.CreateAsync(Host.ConnectionString, Records.New("Café des Lices", "Ici se retrouve le collectif Tourbillon chaque semaine."));
        await Records.CreateAsync(Host.ConnectionString, Records.New("Atelier Tourbillons", "Couture et réparation."));
        await Records.CreateAsync(Host.ConnectionString, Records.New("Atelier Tourbilon", "Couture."));
        // Not a wait on "tourbilon": it matches the other records by typo tolerance until the last one is indexed.
        await Host.WaitUntilEveryPublishedRecordIsIndexedAsync();

        var names = Host.Search.Search(new SearchQuery { Text = "tourbillon" }).Items.Select(h => h.Name).ToList();
        Assert.Equal("Le Relais Tourbillon", names[0]);
        Assert.True(names.IndexOf("Café des Lices") > names.IndexOf("Atelier Tourbillons"), string.Join(" | ", names));

        // "tourbilon" is a known word here (a name), so it is matched exactly, not as a typo of the others.
        Assert.Equal("Atelier Tourbilon", Host.Search.Search(new SearchQuery { Text = "tourbilon" }).Items[0].Name);
    }

    [Fact]
    public async Task Snippets_are_plain_text_with_the_ranges_of_the_matched_words()
    {
        await Records.CreateAsync(Host.ConnectionString, Records.New("Fabrique Xylophonique",
            "<script>alert('x')</script> Atelier de lutherie & xylophones : on y fabrique des instruments \"maison\"."));
        await Eventually.TrueAsync(() => Count("xylophones") == 1, "indexed");

        var hit = Host.Search.Search(new SearchQuery { Text = "xylophone lutherie" }).Items.Single();
        Assert.StartsWith("<script>alert('x')</script> Atelier de lutherie & xylophones", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal(["lutherie", "xylophones"], hit.Highlights.Select(r => hit.Snippet!.Substring(r.Start, r.Length)));
    }

    [Fact]
    public async Task Facets_count_every_match_per_value_and_themes_count_for_their_top_theme()
    {
        var a = Records.New("Gyroscope solidaire Nord", postcode: "59000");
        a.Themes = ["ressourcerie"];
        var b = Records.New("Gyroscope solidaire Sud", postcode: "13001", lon: 5.37, lat: 43.29);
        b.Themes = ["ressourcerie", "reparation"];
        var c = Records.New("Gyroscope solidaire Ouest", postcode: "35000");
        c.Themes = ["amap"];
        foreach (var r in new[] { a, b, c })
        {
            await Records.CreateAsync(Host.ConnectionString, r);
        }

        await Eventually.TrueAsync(() => Count("gyroscope") == 3, "indexed");
        var result = Host.Search.Search(new SearchQuery { Text = "gyroscope", PageSize = 1 });
        Assert.Equal(3, result.Total);
        Assert.Single(result.Items);
        Assert.Equal(1, result.Facets.Department["59"]);
        Assert.Equal(1, result.Facets.Department["13"]);
        Assert.Equal(1, result.Facets.Department["35"]);
        Assert.Equal(2, result.Facets.Theme["ressourcerie"]);
        Assert.Equal(1, result.Facets.Theme["reparation"]);
        Assert.Equal(2, result.Facets.Theme["renouveler"]);
        Assert.Equal(1, result.Facets.Theme["consommer"]);
        Assert.Equal(3, result.Facets.Network["APEAS"]);

        var filtered = Host.Search.Search(new SearchQuery { Text = "gyroscope", Filters = new SearchFilters { Themes = ["renouveler"] } });
        Assert.Equal(2, filtered.Total);
    }

    [Fact]
    public async Task Clusters_count_every_point_once_with_and_without_filters_and_bound_their_number()
    {
        // Out at sea, where no demo record lies.
        var random = new Random(5);
        for (var i = 0; i < 60; i++)
        {
            await Records.CreateAsync(Host.ConnectionString, Records.New($"Boussole {i}", lon: -20.8 + (random.NextDouble() * 0.2), lat: 44.95 + (random.NextDouble() * 0.1)));
        }

        var bbox = new BoundingBox(-21, 44.8, -20.4, 45.2);
        await Eventually.TrueAsync(() => Host.Search.Clusters(new ClusterQuery { Bbox = bbox, Zoom = 5 }).Total == 60, "indexed");
        foreach (var zoom in new[] { 0, 5, 9, 12, 15, 18, 22 })
        {
            var all = Host.Search.Clusters(new ClusterQuery { Bbox = bbox, Zoom = zoom });
            var filtered = Host.Search.Clusters(new ClusterQuery { Bbox = bbox, Zoom = zoom, Filters = new SearchFilters { Networks = ["APEAS"] } });
            Assert.Equal(60, all.Total);
            Assert.Equal(60, all.Features.Sum(f => f.Count));
            Assert.Equal(60, filtered.Features.Sum(f => f.Count));
            Assert.InRange(all.Features.Count, 1, (ClusterBoundsColumns + 1) * (ClusterBoundsRows + 1));
            Assert.All(all.Features.Where(f => f.Count == 1), f => Assert.StartsWith("boussole-", f.Slug, StringComparison.Ordinal));
            Assert.All(all.Features.Where(f => f.Count > 1), f => Assert.NotNull(f.Extent));
        }

        var street = Host.Search.Clusters(new ClusterQuery { Bbox = bbox, Zoom = 22, Text = "boussole 7" });
        Assert.Contains(street.Features, f => f.Name == "Boussole 7");
    }

    private const int ClusterBoundsColumns = Querying.ClusterBuilder.MaxColumns;
    private const int ClusterBoundsRows = Querying.ClusterBuilder.MaxRows;
}
