using Bdis.Core.Initiatives;

namespace Bdis.Core.Tests;

public sealed class SiretTests
{
    [Theory]
    [InlineData("73282932000074")] // a well-known valid SIRET
    [InlineData("35600000000048")] // La Poste head office, Luhn-valid
    [InlineData("35600000012346")] // a La Poste establishment: digit sum divisible by 5 instead
    [InlineData("90000000000001")]
    public void Valid_sirets_pass(string siret) => Assert.True(Siret.IsValid(siret));

    [Theory]
    [InlineData("73282932000075")] // wrong key
    [InlineData("35600000012345")] // La Poste, neither rule
    [InlineData("7328293200007")] // 13 digits
    [InlineData("732829320000744")] // 15 digits
    [InlineData("7328293200007A")]
    [InlineData("")]
    [InlineData(null)]
    public void Invalid_sirets_fail(string? siret) => Assert.False(Siret.IsValid(siret));

    [Fact]
    public void Clean_removes_what_people_type_between_digits() =>
        Assert.Equal("73282932000074", Siret.Clean("732 829 320 00074"));
}
