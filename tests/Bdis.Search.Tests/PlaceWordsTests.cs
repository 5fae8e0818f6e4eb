using Bdis.Core.Reference;
using Bdis.Search.Contracts;
using Bdis.Search.Querying;

namespace Bdis.Search.Tests;

/// <summary>Which words of a query name a place of the INSEE referential (before the index has its say).</summary>
public sealed class PlaceWordsTests
{
    private static readonly Lazy<PlaceWords> Places = new(() => new PlaceWords(Referentials.Load()));

    /// <summary>The first candidate run, as "kind code words-left", or "none".</summary>
    private static string First(string query)
    {
        var words = QueryText.Parse(query).Words;
        var run = Places.Value.Candidates(words).Cast<PlaceRun?>().FirstOrDefault();
        if (run is not { } r)
        {
            return "none";
        }

        var rest = words.Take(r.Start).Concat(words.Skip(r.Start + r.Length));
        var code = r.Place.Kind is PlaceKind.Commune or PlaceKind.Postcode ? r.Place.Commune!.InseeCode : r.Place.Code;
        return $"{r.Place.Kind.ToString().ToLowerInvariant()} {code} [{string.Join(' ', rest)}]";
    }

    [Theory]
    // Communes, with and without accents, hyphens or abbreviations
    [InlineData("épicerie Lyon", "commune 69123 [epicerie]")]
    [InlineData("epicerie lyon", "commune 69123 [epicerie]")]
    [InlineData("Lyon épicerie", "commune 69123 [epicerie]")]
    [InlineData("épicerie Saint-Étienne", "commune 42218 [epicerie]")]
    [InlineData("epicerie st etienne", "commune 42218 [epicerie]")]
    [InlineData("jardin la seyne sur mer", "commune 83126 [jardin]")]
    [InlineData("jardin La Seyne-sur-Mer", "commune 83126 [jardin]")]
    // "aix" alone: the village of Aix (Corrèze) and a dozen Aix-… — the well-known one by far is Aix-en-Provence
    [InlineData("ressourcerie aix", "commune 13001 [ressourcerie]")]
    [InlineData("ressourcerie aix-les-bains", "commune 73008 [ressourcerie]")]
    [InlineData("ressourcerie Aix en Provence", "commune 13001 [ressourcerie]")]
    // Namesakes: the most populous ("Saint-Denis" of La Réunion outnumbers that of Seine-Saint-Denis)
    [InlineData("amap saint-denis", "commune 97411 [amap]")]
    // Postcodes and department numbers
    [InlineData("recyclerie 34000", "postcode 34172 [recyclerie]")]
    [InlineData("amap 13", "department 13 [amap]")]
    [InlineData("amap 2A", "department 2A [amap]")]
    [InlineData("épicerie 974", "department 974 [epicerie]")]
    [InlineData("13 amap", "department 13 [amap]")]
    // Department and region names, several words with elisions
    [InlineData("amap côte d'or", "department 21 [amap]")]
    [InlineData("amap Bouches-du-Rhône", "department 13 [amap]")]
    [InlineData("tiers-lieu Bretagne", "region 53 [tiers lieu]")]
    [InlineData("ressourcerie Provence-Alpes-Côte d'Azur", "region 93 [ressourcerie]")]
    [InlineData("ressourcerie paca", "region 93 [ressourcerie]")]
    [InlineData("Bretagne", "region 53 []")]
    // A department named like its region is the department (same records)
    [InlineData("épicerie la réunion", "department 974 [epicerie]")]
    public void Finds_the_place_at_the_end_or_the_start(string query, string expected) => Assert.Equal(expected, First(query));

    [Theory]
    // Not a place: a word in the middle, a mountain, a lone digit, numbers inside a name, common words that name villages
    [InlineData("épicerie lyon solidaire")]
    [InlineData("amap sainte victoire")]
    [InlineData("Sainte-Victoire")]
    [InlineData("amap 5")]
    [InlineData("ferme bio")]
    [InlineData("atelier 12345")]
    [InlineData("saint")]
    [InlineData("sel")]
    public void Finds_no_place(string query) => Assert.Equal("none", First(query));

    [Fact]
    public void A_commune_named_by_one_word_must_be_a_town_not_a_hamlet()
    {
        // Jardin (Isère) and Bio (Lot) are communes; as single words they are what people search for.
        Assert.Equal("none", First("bio"));
        Assert.True(PlaceWords.MinSingleWordPopulation > 2_178, "Jardin (Isère, 2,178 inhabitants) stays a word");
        Assert.Equal("none", First("potager jardin"));
    }
}
