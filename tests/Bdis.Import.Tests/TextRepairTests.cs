using Bdis.Import.Parsing;

namespace Bdis.Import.Tests;

public sealed class TextRepairTests
{
    [Theory]
    [InlineData("MÃ©diathÃ¨que", "Médiathèque")]
    [InlineData("Ã€ cÃ´tÃ© de la gare", "À côté de la gare")]
    [InlineData("Ã‰picerie", "Épicerie")]
    [InlineData("lâ€™atelier", "l’atelier")]
    [InlineData("Fresnes-LÃ©guillon", "Fresnes-Léguillon")]
    public void Double_encoded_utf8_is_repaired_when_the_round_trip_is_exact(string damaged, string expected) =>
        Assert.Equal(expected, TextRepair.RepairDoubleEncoding(damaged));

    [Theory]
    [InlineData("Médiathèque")]
    [InlineData("À côté de la gare, « Œuvre »")]
    [InlineData("Ã‰picerie Ã© et é")]
    [InlineData("Biblioth\uFFFDque")]
    [InlineData("Âge d'or")]
    [InlineData("plain ascii")]
    public void Correct_text_and_text_that_cannot_be_repaired_exactly_are_left_alone(string text) =>
        Assert.Null(TextRepair.RepairDoubleEncoding(text));

    [Fact]
    public void Mixed_text_that_looks_double_encoded_but_fails_the_round_trip_is_recognised_as_damage()
    {
        Assert.True(TextRepair.LooksDoubleEncoded("Ã‰picerie Ã© et é"));
        Assert.False(TextRepair.LooksDoubleEncoded("Épicerie « é » et à"));
        Assert.True(TextRepair.IsDamaged("SAINT-RAPHA\uFFFDL"));
    }

    [Theory]
    [InlineData("04120", null, "ROUGON", "04171")]
    [InlineData("83700", null, "SAINT-RAPHA\uFFFDL", "83118")]
    [InlineData("83700", null, "ST RAPHAEL", "83118")]
    [InlineData("83700", null, "saint raphael", "83118")]
    [InlineData("83700", "83118", "St-Raphaël Cedex 2", "83118")]
    [InlineData("05460", null, "ABRI\uFFFDS", "05001")]
    public void A_commune_is_identified_by_its_postcode_and_its_name_however_written(string postcode, string? insee, string name, string expected) =>
        Assert.Equal(expected, new CommuneNames(TestFiles.Referentials.Territories).Identify(postcode, insee, name)?.Commune.InseeCode);

    [Theory]
    [InlineData("04120", "LA")]
    [InlineData("83700", "Fréjus")]
    [InlineData("99999", "Rougon")]
    public void A_name_that_is_ambiguous_or_not_among_the_postcode_s_communes_identifies_nothing(string postcode, string name) =>
        Assert.Null(new CommuneNames(TestFiles.Referentials.Territories).Identify(postcode, null, name));

    [Fact]
    public void A_postcode_column_holding_the_commune_s_insee_code_identifies_it()
    {
        var match = new CommuneNames(TestFiles.Referentials.Territories).Identify("06032", null, "CAP-D\uFFFDAIL");
        Assert.Equal(("06032", true), (match?.Commune.InseeCode, match?.PostcodeWasInseeCode));
    }
}
