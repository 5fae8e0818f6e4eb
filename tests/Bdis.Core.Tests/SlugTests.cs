using Bdis.Core.Initiatives;

namespace Bdis.Core.Tests;

public sealed class SlugTests
{
    [Theory]
    [InlineData("L'Épicerie Solidaire", "l-epicerie-solidaire")]
    [InlineData("  Ressourcerie   du Pays d’Aix !! ", "ressourcerie-du-pays-d-aix")]
    [InlineData("Cœur de Bœuf", "coeur-de-boeuf")]
    [InlineData("<script>alert(1)</script>", "script-alert-1-script")]
    [InlineData("🌱🌱", "initiative")]
    public void Slug_is_url_safe_and_readable(string name, string expected)
    {
        var slug = Slug.FromName(name);
        Assert.Equal(expected, slug);
        Assert.True(Slug.IsWellFormed(slug));
    }

    [Fact]
    public void Long_names_give_slugs_within_the_limit_cut_at_a_word()
    {
        var slug = Slug.FromName(string.Join(' ', Enumerable.Repeat("coopérative", 30)));
        Assert.InRange(slug.Length, 1, Slug.MaxLength);
        Assert.EndsWith("cooperative", slug);
    }

    [Fact]
    public void Unique_appends_the_first_free_number()
    {
        var taken = new HashSet<string> { "amap", "amap-2" };
        Assert.Equal("amap-3", Slug.Unique("amap", taken.Contains));
        Assert.Equal("jardin", Slug.Unique("jardin", taken.Contains));
    }
}
