using Bdis.Import.Parsing;

namespace Bdis.Import.Tests;

/// <summary>Angles written with a degree sign, hemisphere letters, or degrees, minutes and seconds.</summary>
public sealed class DegreeTextTests
{
    [Theory]
    [InlineData("43.5297°", 43.5297)]
    [InlineData("43,5297° N", 43.5297)]
    [InlineData("N 43.5297", 43.5297)]
    [InlineData("5.4474 E", 5.4474)]
    [InlineData("1.5 W", -1.5)]
    [InlineData("1,5 O", -1.5)] // Ouest
    [InlineData("21.5° S", -21.5)]
    [InlineData("43°31'47\"N", 43.529722)]
    [InlineData("5° 26′ 50″ E", 5.447222)]
    [InlineData("1°30'O", -1.5)]
    [InlineData("-1°30'", -1.5)]
    public void A_written_angle_reads_as_signed_decimal_degrees(string text, double expected)
    {
        Assert.True(DegreeText.TryParse(text, out var value));
        Assert.Equal(expected, value, 5);
    }

    [Theory]
    [InlineData("43.5297")] // a plain number is NumberText's
    [InlineData("N 43.5 E")] // two hemispheres
    [InlineData("43°75'N")] // 75 minutes
    [InlineData("43°31'75\"N")] // 75 seconds
    [InlineData("quarante-trois degrés")]
    [InlineData("")]
    public void Anything_else_is_not_an_angle(string text) => Assert.False(DegreeText.TryParse(text, out _));
}
