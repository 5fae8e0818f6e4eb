using Bdis.Core.Text;

namespace Bdis.Core.Initiatives;

/// <summary>Stable codes and labels of legal statuses, and recognition of the words people write for them.</summary>
public static class LegalStatuses
{
    private static readonly (LegalStatus Status, string Code, string Fr, string En)[] All =
    [
        (LegalStatus.Association, "association", "Association", "Association"),
        (LegalStatus.Scop, "scop", "SCOP", "Worker cooperative (SCOP)"),
        (LegalStatus.Scic, "scic", "SCIC", "Multi-stakeholder cooperative (SCIC)"),
        (LegalStatus.Cooperative, "cooperative", "Coopérative", "Cooperative"),
        (LegalStatus.Mutuelle, "mutuelle", "Mutuelle", "Mutual society"),
        (LegalStatus.Fondation, "fondation", "Fondation", "Foundation"),
        (LegalStatus.EntrepriseEsus, "esus", "Entreprise agréée ESUS", "ESUS-approved company"),
        (LegalStatus.Other, "autre", "Autre", "Other"),
    ];

    public static IReadOnlyList<LegalStatus> Values { get; } = All.Select(a => a.Status).ToArray();

    public static string Code(LegalStatus status) => All.First(a => a.Status == status).Code;

    public static string Label(LegalStatus status, bool english = false)
    {
        var entry = All.First(a => a.Status == status);
        return english ? entry.En : entry.Fr;
    }

    public static bool TryParseCode(string? code, out LegalStatus status)
    {
        foreach (var entry in All)
        {
            if (string.Equals(entry.Code, code, StringComparison.OrdinalIgnoreCase))
            {
                status = entry.Status;
                return true;
            }
        }

        status = LegalStatus.Other;
        return false;
    }

    /// <summary>Recognises free text from spreadsheets: "Association loi 1901", "SCOP SARL", "S.C.I.C.", "Fondation reconnue…".</summary>
    public static LegalStatus Recognize(string? text)
    {
        var key = TextKey.Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (key.Length == 0)
        {
            return LegalStatus.Other;
        }

        if (key.Contains("scic", StringComparison.Ordinal)) return LegalStatus.Scic;
        if (key.Contains("scop", StringComparison.Ordinal) || key.Contains("cooperativedeproduction", StringComparison.Ordinal)) return LegalStatus.Scop;
        if (key.Contains("esus", StringComparison.Ordinal)) return LegalStatus.EntrepriseEsus;
        if (key.StartsWith("asso", StringComparison.Ordinal) || key.Contains("loi1901", StringComparison.Ordinal)) return LegalStatus.Association;
        if (key.Contains("cooperati", StringComparison.Ordinal) || key.StartsWith("coop", StringComparison.Ordinal)) return LegalStatus.Cooperative;
        if (key.Contains("mutuel", StringComparison.Ordinal)) return LegalStatus.Mutuelle;
        if (key.Contains("fondation", StringComparison.Ordinal) || key.Contains("foundation", StringComparison.Ordinal)) return LegalStatus.Fondation;
        return TryParseCode(key, out var byCode) ? byCode : LegalStatus.Other;
    }
}
