using Bdis.Core.Initiatives;

namespace Bdis.Core.Tests;

public sealed class LegalStatusesTests
{
    [Theory]
    [InlineData("Association loi 1901", LegalStatus.Association)]
    [InlineData("SCOP SARL", LegalStatus.Scop)]
    [InlineData("S.C.I.C.", LegalStatus.Scic)]
    [InlineData("Société coopérative", LegalStatus.Cooperative)]
    [InlineData("Mutuelle", LegalStatus.Mutuelle)]
    [InlineData("Fondation reconnue d'utilité publique", LegalStatus.Fondation)]
    [InlineData("Entreprise agréée ESUS", LegalStatus.EntrepriseEsus)]
    [InlineData("SARL", LegalStatus.Other)]
    [InlineData("", LegalStatus.Other)]
    public void Spreadsheet_wording_is_recognized(string text, LegalStatus expected) =>
        Assert.Equal(expected, LegalStatuses.Recognize(text));
}
