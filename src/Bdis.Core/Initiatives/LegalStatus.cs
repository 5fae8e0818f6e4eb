namespace Bdis.Core.Initiatives;

public enum LegalStatus
{
    Other = 0,
    Association = 1,
    Scop = 2,
    Scic = 3,
    Cooperative = 4,
    Mutuelle = 5,
    Fondation = 6,
    EntrepriseEsus = 7,
}
