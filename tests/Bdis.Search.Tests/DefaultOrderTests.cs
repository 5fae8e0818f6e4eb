using Bdis.Testing;
using Bdis.Search.Contracts;

namespace Bdis.Search.Tests;

/// <summary>The order of a list without words: complete fiches, then the most recently updated, mixed within a day.</summary>
public sealed class DefaultOrderTests(WhatWhereFixture fixture) : IClassFixture<WhatWhereFixture>
{
    private IReadOnlyList<SearchHit> All() => fixture.Host.Search.Search(new SearchQuery { PageSize = 100 }).Items;

    [Fact]
    public async Task Complete_fiches_come_first_then_the_most_recently_updated()
    {
        var complete = new[] { "Épicerie solidaire La Croix-Rousse", "Recyclerie des Arceaux", "Ressourcerie du Pays d'Aix" };
        Assert.Equal(complete, All().Take(3).Select(i => i.Name).Order());

        // A record untouched for a year goes after every one updated since.
        await fixture.Host.ExecuteAsync("UPDATE initiatives SET updated_at = now() - interval '400 days' WHERE name = 'AMAP des Minimes'");
        await Eventually.TrueAsync(() => All()[^1].Name == "AMAP des Minimes", "the old record last",
            state: () => string.Join(" | ", All().TakeLast(3).Select(i => i.Name)));
        Assert.Equal(complete, All().Take(3).Select(i => i.Name).Order());

        // Relevance asked without words is the same order; a page is a slice of it.
        var relevance = fixture.Host.Search.Search(new SearchQuery { Sort = SearchSort.Relevance, PageSize = 100 }).Items;
        Assert.Equal(All().Select(i => i.Id), relevance.Select(i => i.Id));
        var second = fixture.Host.Search.Search(new SearchQuery { Page = 2, PageSize = 10 }).Items;
        Assert.Equal(All().Skip(10).Take(10).Select(i => i.Id), second.Select(i => i.Id));
    }
}
