using Bdis.Core.Reference;

namespace Bdis.Core.Tests;

public sealed class TerritoryDerivationTests
{
    private static readonly Referentials Reference = Referentials.Load();

    [Fact]
    public void The_referential_has_18_regions_and_101_departments()
    {
        Assert.Equal(18, Reference.Territories.Regions.Count);
        Assert.Equal(101, Reference.Territories.Departments.Count);
        Assert.True(Reference.Territories.CommuneCount > 34_000);
    }

    [Theory]
    [InlineData("13100", null, null, "13", "93")] // Aix-en-Provence
    [InlineData("13001", null, null, "13", "93")] // Marseille 1er
    [InlineData("75011", null, null, "75", "11")]
    [InlineData("20000", null, null, "2A", "94")] // Ajaccio
    [InlineData("20090", null, null, "2A", "94")]
    [InlineData("20200", null, null, "2B", "94")] // Bastia
    [InlineData("20600", null, null, "2B", "94")]
    [InlineData("97400", null, null, "974", "04")] // Saint-Denis, La Réunion
    [InlineData("97200", null, null, "972", "02")] // Fort-de-France
    [InlineData("97100", null, null, "971", "01")]
    [InlineData("97300", null, null, "973", "03")]
    [InlineData("97600", null, null, "976", "06")]
    [InlineData("4000", null, null, "04", "93")] // Digne-les-Bains with its leading zero lost
    [InlineData(null, "2A004", null, "2A", "94")]
    [InlineData(null, "2B033", null, "2B", "94")]
    [InlineData(null, "97411", null, "974", "04")]
    [InlineData(null, "13201", null, "13", "93")] // Marseille arrondissement code
    [InlineData("99999", "14118", null, "14", "28")] // the INSEE code wins over a wrong postcode
    public void Department_and_region_are_derived_from_postcode_or_insee_code(
        string? postcode, string? insee, string? commune, string department, string region)
    {
        var match = Reference.Territories.Resolve(postcode, insee, commune);
        Assert.NotNull(match);
        Assert.Equal(department, match.DepartmentCode);
        Assert.Equal(region, match.RegionCode);
    }

    [Theory]
    [InlineData("97500")] // Saint-Pierre-et-Miquelon: a collectivity, not one of the 101 departments
    [InlineData("97150")] // Saint-Martin
    [InlineData("abcde")]
    [InlineData("123")]
    [InlineData("")]
    public void Postcodes_outside_the_101_departments_derive_nothing(string postcode) =>
        Assert.Null(Reference.Territories.Resolve(postcode, null));

    [Fact]
    public void A_commune_name_picks_the_right_commune_among_those_of_a_shared_postcode()
    {
        var candidates = Reference.Territories.CommunesForPostcode("13100");
        Assert.True(candidates.Count > 1);
        var match = Reference.Territories.Resolve("13100", null, "Saint-Marc-Jaumegarde");
        Assert.Equal("13095", match?.Commune?.InseeCode);
    }
}
