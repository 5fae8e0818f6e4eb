using Bdis.Import.Mapping;
using Bdis.Import.Parsing;

namespace Bdis.Import.Tests;

/// <summary>How a category cell is cut into labels: theme codes for known labels, tags for the rest.</summary>
public sealed class CategoryMatcherTests
{
    private readonly CategoryMatcher _matcher = new(TestFiles.Referentials.Themes, ImportProfile.Empty);

    [Theory]
    [InlineData("Ressourcerie, recyclerie", "ressourcerie", "")] // a label that holds a comma
    [InlineData("Ressourcerie, recyclerie | AMAP", "ressourcerie,amap", "")]
    [InlineData("AMAP, Tiers-lieu", "amap,tiers-lieu", "")]
    [InlineData("AMAP - Tiers-lieu", "amap,tiers-lieu", "")] // a spaced dash between known labels
    [InlineData("AMAP – Tiers-lieu / Épicerie solidaire", "amap,tiers-lieu,epicerie-solidaire", "")]
    [InlineData("Culture - Loisirs", "", "Culture - Loisirs")] // not every side is known: kept whole as a tag
    [InlineData("AMAP, Troc de graines", "amap", "Troc de graines")]
    [InlineData("Consommer, se nourrir", "consommer", "")] // an entry of the ESS, itself holding a comma
    public void A_cell_is_cut_into_known_labels_and_tags(string cell, string themes, string tags)
    {
        var match = _matcher.Match(cell);
        Assert.Equal(themes, string.Join(',', match.Themes));
        Assert.Equal(tags, string.Join('|', match.Unknown));
    }
}
