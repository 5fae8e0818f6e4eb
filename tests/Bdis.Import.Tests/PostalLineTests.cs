using Bdis.Import.Parsing;

namespace Bdis.Import.Tests;

/// <summary>A whole postal address in the street column gives the row its postcode and commune.</summary>
public sealed class PostalLineTests
{
    [Theory]
    [InlineData("12 rue des Lilas, 34000 Montpellier", "12 rue des Lilas", "34000", "Montpellier")]
    [InlineData("5 place du Marché 13100 AIX-EN-PROVENCE", "5 place du Marché", "13100", "AIX-EN-PROVENCE")]
    [InlineData("BP 12 - 75011 Paris Cedex 11", "BP 12", "75011", "Paris")]
    [InlineData("Mas de l'Ousteau\n13200 Arles", "Mas de l'Ousteau", "13200", "Arles")]
    [InlineData("3 allée Verte 35000", "3 allée Verte", "35000", null)]
    [InlineData("35000 Rennes", null, "35000", "Rennes")]
    [InlineData("1 rue de l'Église, 01000 Bourg-en-Bresse", "1 rue de l'Église", "01000", "Bourg-en-Bresse")]
    public void The_last_line_of_an_address_is_split_into_street_postcode_and_commune(string address, string? street, string postcode, string? commune) =>
        Assert.Equal(new PostalLine.Parts(street, postcode, commune), PostalLine.Split(address, TestFiles.Referentials.Territories));

    [Theory]
    [InlineData("12 rue des Lilas")] // no postcode
    [InlineData("12 rue des Lilas, 99999 Nulle-Part")] // not a postcode that exists
    [InlineData("Parc d'activités 34000 bâtiment 3")] // digits after the would-be commune: not the address's last line
    [InlineData("SIRET 123456789 Montpellier")] // part of a longer number
    [InlineData("Zone 34000 lot 12")]
    [InlineData("")]
    public void An_address_without_a_postcode_at_its_end_is_left_alone(string address) =>
        Assert.Null(PostalLine.Split(address, TestFiles.Referentials.Territories));

    [Fact]
    public void A_huge_or_hostile_address_is_left_alone_quickly() =>
        Assert.Null(PostalLine.Split(new string('1', 200) + " 34000 " + string.Concat(Enumerable.Repeat("a-", 120)) + "9", TestFiles.Referentials.Territories));
}
