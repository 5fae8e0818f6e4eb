using Bdis.Core.Text;

namespace Bdis.Core.Tests;

public sealed class TextKeyTests
{
    [Theory]
    [InlineData("Épicerie  Solidaire", "epicerie solidaire")]
    [InlineData("Code_Postal", "code postal")]
    [InlineData("  Thématiques ", "thematiques")]
    [InlineData("ŒUVRE", "oeuvre")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalize_ignores_case_accents_and_punctuation(string? text, string expected) =>
        Assert.Equal(expected, TextKey.Normalize(text));
}
