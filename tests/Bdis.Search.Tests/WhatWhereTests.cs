using Bdis.Search.Contracts;

namespace Bdis.Search.Tests;

/// <summary>"Quoi ? Où ?" through <see cref="IInitiativeSearch"/> over <see cref="WhatWhereFixture"/>.</summary>
[Collection(WhatWhereCollection.Name)]
public sealed class WhatWhereTests(WhatWhereFixture fixture)
{
    private IInitiativeSearch Search => fixture.Host.Search;

    private SearchResult Find(string text, SearchFilters? filters = null, bool readPlaces = true) =>
        Search.Search(new SearchQuery { Text = text, Filters = filters ?? new SearchFilters(), ReadPlaces = readPlaces, PageSize = 50 });

    private static string Names(SearchResult r) => string.Join(" | ", r.Items.Select(i => i.Name));

    [Theory]
    [InlineData("épicerie Lyon", "epicerie", "69", "Épicerie solidaire La Croix-Rousse|Épicerie solidaire de Gerland|Épicerie sociale du Tonkin|Épicerie solidaire des Coteaux")]
    [InlineData("Lyon épicerie", "epicerie", "69", "Épicerie solidaire La Croix-Rousse|Épicerie solidaire de Gerland|Épicerie sociale du Tonkin|Épicerie solidaire des Coteaux")]
    [InlineData("epicerie st etienne", "epicerie", "42", "Épicerie solidaire du Cabas")]
    [InlineData("ressourcerie aix", "ressourcerie", "13", "Ressourcerie du Pays d'Aix|Ressourcerie des Calanques")]
    [InlineData("ressourcerie aix-les-bains", "ressourcerie", "73", "Ressourcerie du Lac")]
    [InlineData("recyclerie 34000", "recyclerie", "34", "Recyclerie des Arceaux|Recyclerie du Biterrois")]
    [InlineData("jardin la seyne sur mer", "jardin", "83", "Jardin partagé des Sablettes|Jardin partagé du Mourillon")]
    [InlineData("amap 13", "amap", "13", "AMAP du Vieux-Port|AMAP de la Sainte-Victoire")]
    [InlineData("amap bouches-du-rhône", "amap", "13", "AMAP du Vieux-Port|AMAP de la Sainte-Victoire")]
    [InlineData("amap côte d'or", "amap", "21", "AMAP de la Chouette")]
    public void Place_words_become_the_department_and_the_rest_is_searched(string query, string text, string department, string expected)
    {
        var result = Find(query);
        var understood = Assert.IsType<QueryInterpretation>(result.Interpretation);
        Assert.Equal(text, Bdis.Core.Text.TextKey.Normalize(understood.Text));
        Assert.Equal(department, understood.DepartmentCode);
        Assert.Equal(expected.Split('|').Order(), result.Items.Select(i => i.Name).Order());
        Assert.Equal(result.Items.Count, result.Total);
    }

    [Fact]
    public void A_commune_orders_its_department_from_the_commune_outward()
    {
        var result = Find("épicerie Lyon");
        Assert.NotNull(result.Interpretation!.Centre);
        Assert.Equal("Lyon", result.Interpretation.PlaceName);
        var distances = result.Items.Select(i => i.DistanceKm!.Value).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.Equal("Épicerie solidaire des Coteaux", result.Items[^1].Name); // Givors, 20 km south
        // Asked otherwise, the order is the one asked.
        var byName = Search.Search(new SearchQuery { Text = "épicerie Lyon", Sort = SearchSort.Name });
        var keys = byName.Items.Select(i => Bdis.Core.Text.TextKey.Normalize(i.Name)).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    [Theory]
    [InlineData("tiers-lieu Bretagne", "53", "Tiers-lieu La Grange|Tiers-lieu Le Hangar")]
    [InlineData("tiers lieu pays de la loire", "52", "Tiers-lieu de l'Île de Nantes")]
    [InlineData("ressourcerie paca", "93", "Ressourcerie du Pays d'Aix|Ressourcerie des Calanques")]
    public void A_region_name_becomes_a_region_filter(string query, string region, string expected)
    {
        var result = Find(query);
        Assert.Equal(region, result.Interpretation?.RegionCode);
        Assert.Equal(expected.Split('|').Order(), result.Items.Select(i => i.Name).Order());
    }

    [Fact]
    public void A_query_that_is_only_a_place_lists_the_place()
    {
        var result = Find("Bretagne");
        Assert.Equal(PlaceKind.Region, result.Interpretation?.Kind);
        Assert.Equal(string.Empty, result.Interpretation!.Text);
        Assert.Equal(5, result.Total); // Rennes: La Grange, the farm, a repair café; Brest: Le Hangar, a repair café
    }

    [Theory]
    // A mountain, not a commune: the words stay text and find the names
    [InlineData("amap sainte victoire", "AMAP de la Sainte-Victoire")]
    [InlineData("Sainte-Victoire", "AMAP de la Sainte-Victoire|Jardins de la Sainte-Victoire")]
    // Saint-Cyprien is a commune (Pyrénées-Orientales) and a quarter of Toulouse: an initiative outside the commune is
    // named so, so the words stay text
    [InlineData("amap saint cyprien", "AMAP de Saint-Cyprien")]
    [InlineData("saint-cyprien", "AMAP de Saint-Cyprien")]
    // The full name of an initiative is searched as a name, though it ends with a commune
    [InlineData("ressourcerie du pays d'aix", "Ressourcerie du Pays d'Aix")]
    [InlineData("Ateliers de Marseille", "Ateliers de Marseille")]
    // A place word in the middle is a word
    [InlineData("épicerie lyon solidaire", "Épicerie solidaire La Croix-Rousse|Épicerie solidaire de Gerland")]
    public void Words_that_name_initiatives_stay_searchable(string query, string expected)
    {
        var result = Find(query);
        Assert.Null(result.Interpretation);
        Assert.Equal(expected.Split('|').Order(), result.Items.Select(i => i.Name).Order());
    }

    [Fact]
    public void Places_can_be_turned_off_to_search_every_word_as_text()
    {
        var asPlace = Find("ressourcerie aix");
        var asText = Find("ressourcerie aix", readPlaces: false);
        Assert.NotNull(asPlace.Interpretation);
        Assert.Null(asText.Interpretation);
        // As text, "aix" must be in the record (its name or place): Aix-les-Bains's ressourcerie now counts, Marseille's does not.
        Assert.Equal(["Ressourcerie du Lac", "Ressourcerie du Pays d'Aix"], asText.Items.Select(i => i.Name).Order());
    }

    [Fact]
    public void A_territory_chosen_by_the_visitor_keeps_the_words_as_text()
    {
        var result = Find("épicerie lyon", new SearchFilters { Regions = ["84"] });
        Assert.Null(result.Interpretation);
        Assert.All(result.Items, i => Assert.Equal("Lyon", i.Commune));
    }

    [Fact]
    public void Short_words_match_only_themselves()
    {
        // "sel" as a typo or a prefix would reach "selon" and "seul" in the Buttes' description.
        var result = Find("sel");
        Assert.Equal(["Le SEL du Marais"], result.Items.Select(i => i.Name));
        Assert.Empty(Find("sel buttes").Items);
        // A longer word being typed is still completed.
        Assert.Contains("Cueillette des Buttes", Names(Find("cueill")));
    }

    [Fact]
    public void No_any_word_fallback_when_all_words_do_not_match()
    {
        // "amap" matches five records and "gerland" one, but none has both: an empty list, as the map shows.
        Assert.Equal(0, Find("amap gerland").Total);
    }

    [Fact]
    public void Near_sorts_by_distance_unless_told_otherwise()
    {
        var near = new SearchFilters { Near = new GeoPoint(5.3698, 43.2965) };
        var result = Search.Search(new SearchQuery { Text = "amap", Filters = near });
        var distances = result.Items.Select(i => i.DistanceKm!.Value).ToList();
        Assert.Equal(5, distances.Count);
        Assert.Equal(distances.Order(), distances);
        Assert.Equal("AMAP du Vieux-Port", result.Items[0].Name);
        var byName = Search.Search(new SearchQuery { Text = "amap", Filters = near, Sort = SearchSort.Name });
        Assert.Equal("AMAP de la Chouette", byName.Items[0].Name);
    }
}
