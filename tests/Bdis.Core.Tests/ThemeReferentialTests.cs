using Bdis.Core.Reference;

namespace Bdis.Core.Tests;

public sealed class ThemeReferentialTests
{
    private static readonly Referentials Reference = Referentials.Load();

    [Fact]
    public void The_ten_entrees_of_the_ESS_are_the_top_themes()
    {
        Assert.Equal(
            ["Travailler, entreprendre", "Se former, apprendre", "Consommer, se nourrir", "Se loger, habiter", "Soigner, prévenir",
             "Coopérer, mutualiser", "Financer, épargner", "Créer, s'évader", "Renouveler, rajeunir", "Participer, démocratiser"],
            Reference.Themes.TopLevel.Select(t => t.LabelFr));
        Assert.All(Reference.Themes.TopLevel, t => Assert.True(Reference.Themes.ChildrenOf(t.Code).Count >= 3, t.Code));
    }

    [Fact]
    public void A_top_theme_expands_to_its_sub_themes()
    {
        var expanded = Reference.Themes.Expand("consommer").ToList();
        Assert.Contains("consommer", expanded);
        Assert.Contains("amap", expanded);
        Assert.Contains("epicerie-solidaire", expanded);
        Assert.DoesNotContain("ressourcerie", expanded);
        Assert.Equal(["amap"], Reference.Themes.Expand("amap"));
        Assert.Empty(Reference.Themes.Expand("nope"));
    }

    [Theory]
    [InlineData("Épicerie solidaire", "epicerie-solidaire")]
    [InlineData("EPICERIE SOLIDAIRE", "epicerie-solidaire")]
    [InlineData("epicerie-solidaire", "epicerie-solidaire")]
    [InlineData("Community garden", "jardin-partage")]
    [InlineData("tiers lieu", "tiers-lieu")]
    public void Labels_written_by_people_match_their_theme(string label, string code) =>
        Assert.Equal(code, Reference.Themes.MatchLabel(label)?.Code);

    [Fact]
    public void Unknown_labels_match_nothing() => Assert.Null(Reference.Themes.MatchLabel("Bricolage divers"));
}
