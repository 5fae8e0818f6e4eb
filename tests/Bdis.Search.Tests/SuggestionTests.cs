using Bdis.Core.Text;
using Bdis.Search.Contracts;

namespace Bdis.Search.Tests;

[Collection(WhatWhereCollection.Name)]
public sealed class SuggestionTests(WhatWhereFixture fixture)
{
    [Theory]
    [InlineData("repair")]
    [InlineData("mars")]
    [InlineData("ressour")]
    [InlineData("a")]
    [InlineData("épi")]
    public void Suggestions_never_repeat_a_label(string prefix)
    {
        var labels = fixture.Host.Search.Suggest(prefix).Select(s => TextKey.Normalize(s.Label)).ToList();
        Assert.NotEmpty(labels);
        Assert.Equal(labels.Distinct(), labels);
    }

    [Fact]
    public void A_commune_known_under_several_codes_is_offered_once()
    {
        // Marseille's records carry three arrondissement codes.
        var communes = fixture.Host.Search.Suggest("mars").Where(s => s.Kind == SuggestionKind.Commune).ToList();
        Assert.Equal(["Marseille"], communes.Select(s => s.Label));
    }

    [Fact]
    public void Namesakes_are_told_apart_by_their_commune()
    {
        var repairCafes = fixture.Host.Search.Suggest("repair").Where(s => s.Kind == SuggestionKind.Initiative).ToList();
        Assert.Equal(2, repairCafes.Count);
        Assert.Contains(repairCafes, s => s.Label == "Repair café");
        Assert.Contains(repairCafes, s => s.Label is "Repair café — Rennes" or "Repair café — Brest");
        Assert.NotEqual(repairCafes[0].Value, repairCafes[1].Value);
    }
}
