using Bdis.Search.Contracts;

namespace Bdis.Search.Tests;

/// <summary>
/// The list, its counts and facets, and the map's clusters show one set for every query: the same interpretation of
/// the words (places), the same filters, every word required (no "any word" retry for the list alone).
/// </summary>
[Collection(WhatWhereCollection.Name)]
public sealed class ListMapAgreementTests(WhatWhereFixture fixture)
{
    private static readonly BoundingBox France = new(-6, 41, 10, 51.5);

    public static TheoryData<string> Queries => new(
    [
        "épicerie Lyon", "Lyon épicerie", "epicerie lyon", "épicerie lyon solidaire", "ressourcerie aix", "ressourcerie aix-les-bains",
        "amap 13", "13", "amap bouches-du-rhône", "amap côte d'or", "tiers-lieu Bretagne", "Bretagne", "tiers lieu pays de la loire",
        "recyclerie 34000", "34000", "jardin la seyne sur mer", "epicerie st etienne", "Saint-Étienne", "amap sainte victoire",
        "Sainte-Victoire", "amap saint cyprien", "ferme bio", "sel", "sel buttes", "amap gerland", "repair café", "ressourcerie paca",
        "ressourcrie marseille", "cueill", "paris",
    ]);

    [Fact]
    public void There_are_thirty_queries() => Assert.Equal(30, Queries.Count);

    [Theory]
    [MemberData(nameof(Queries))]
    public void List_total_facets_and_map_clusters_count_the_same_records(string text)
    {
        var search = fixture.Host.Search;
        var list = search.Search(new SearchQuery { Text = text, PageSize = 100 });
        var map = search.Clusters(new ClusterQuery { Text = text, Bbox = France, Zoom = 5 });
        var what = $"'{text}': list {list.Total} [{string.Join(" | ", list.Items.Select(i => i.Name))}], map {map.Total}";

        // Every fixture record is on the map, so the map counts the whole list.
        Assert.True(list.Total == map.Total, what);
        Assert.True(map.Features.Sum(f => f.Count) == map.Total, what);
        Assert.Equal(list.Total, list.Items.Count);
        // Each record has one region and one department: the facets add up to the total.
        Assert.True(list.Facets.Region.Values.Sum() == list.Total, what);
        Assert.True(list.Facets.Department.Values.Sum() == list.Total, what);
        // The single markers are the list's records.
        var listed = list.Items.Select(i => i.Id).ToHashSet();
        Assert.All(map.Features.Where(f => f.Count == 1), f => Assert.Contains(f.Id!.Value, listed));
    }

    [Fact]
    public void A_place_seen_through_the_map_of_its_own_area_counts_the_same()
    {
        // The map sends its viewport apart from the filters: the words are read the same way with or without it.
        var lyonArea = new BoundingBox(4.6, 45.5, 5.1, 45.9);
        var list = fixture.Host.Search.Search(new SearchQuery { Text = "épicerie lyon" });
        var map = fixture.Host.Search.Clusters(new ClusterQuery { Text = "épicerie lyon", Bbox = lyonArea, Zoom = 10 });
        Assert.Equal(list.Total, map.Total);
    }
}
