using Bdis.Core.Themes;

namespace Bdis.Web.Site;

/// <summary>
/// The one place that gives each top theme of <c>data/themes.csv</c> its colour, icon and description; markers,
/// clusters, chips, the themes page and initiative pages all read it (the map through a JSON attribute).
/// A sub-theme looks like its top theme.
/// </summary>
public static class ThemeLooks
{
    /// <summary>For a code that is not (or no longer) in the table.</summary>
    public static readonly ThemeLook Neutral = new("", "#4a4a55", "M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z", "", "");

    public static readonly IReadOnlyList<ThemeLook> All =
    [
        new("travailler", "#1d5fa8", "M4 8h16v11H4z M9 8V5h6v3 M4 13h16",
            "Trouver un emploi, créer son activité, se faire accompagner.", "Finding work, starting a business, getting support."),
        new("se-former", "#6b3fa0", "M3 5h6a3 3 0 0 1 3 3v11a2 2 0 0 0-2-2H3z M21 5h-6a3 3 0 0 0-3 3v11a2 2 0 0 1 2-2h7z",
            "Apprendre à tout âge, partager ses savoirs, se former au numérique.", "Learning at any age, sharing knowledge, digital skills."),
        new("consommer", "#2b7a2f", "M3 10h18l-2 9H5z M8 10l4-6 4 6",
            "Manger local et juste : AMAP, épiceries solidaires, circuits courts.", "Eating local and fair: AMAPs, solidarity groceries, short chains."),
        new("se-loger", "#9a4f1e", "M3 11l9-7 9 7 M5 10v10h14V10 M10 20v-6h4v6",
            "Habiter autrement : habitat participatif, logement d'insertion, écoconstruction.", "Other ways of living: cohousing, supported housing, eco-building."),
        new("soigner", "#c0292f", "M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z",
            "Prendre soin : santé communautaire, aide à domicile, handicap.", "Caring: community health, home care, disability support."),
        new("cooperer", "#00766a", "M4 12a5 5 0 1 0 10 0a5 5 0 1 0-10 0z M10 12a5 5 0 1 0 10 0a5 5 0 1 0-10 0z",
            "Faire ensemble : tiers-lieux, pôles de coopération, groupements d'employeurs.", "Working together: third places, cooperation hubs, employers' groups."),
        new("financer", "#7d6400", "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M15 8.5a4 4 0 1 0 0 7 M7 11h6 M7 13h6",
            "Épargner et financer utile : finance solidaire, monnaies locales, microcrédit.", "Saving and funding what matters: solidarity finance, local currencies, microcredit."),
        new("creer", "#b0175a", "M12 3l2.6 5.6 6 .7-4.5 4.1 1.2 6L12 16.5l-5.3 2.9 1.2-6-4.5-4.1 6-.7z",
            "Culture et arts, sport et loisirs, tourisme solidaire.", "Culture and the arts, sport and leisure, solidarity tourism."),
        new("renouveler", "#4f6b12", "M20 12a8 8 0 0 1-14 5.3 M4 12a8 8 0 0 1 14-5.3 M18 3v4h-4 M6 21v-4h4",
            "Réparer, réemployer, produire son énergie, se déplacer autrement.", "Repairing, reusing, community energy, sustainable mobility."),
        new("participer", "#c2410c", "M4 5h16v10H9l-5 4z M8 9h8 M8 12h5",
            "Agir ensemble : vie associative, démocratie locale, médias citoyens, solidarité internationale.", "Acting together: community life, local democracy, community media, global solidarity."),
    ];

    private static readonly Dictionary<string, ThemeLook> ByCode = All.ToDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The look of a theme code (top theme or sub-theme), or <see cref="Neutral"/>.</summary>
    public static ThemeLook Of(string? code, ThemeReferential themes) =>
        code is not null && themes.TopOf(code) is { } top && ByCode.TryGetValue(top.Code, out var look) ? look : Neutral;

    /// <summary>The look of an initiative's first theme: the colour of its marker.</summary>
    public static ThemeLook OfFirst(IEnumerable<string> codes, ThemeReferential themes) =>
        codes.Select(c => Of(c, themes)).FirstOrDefault(l => l != Neutral) ?? Neutral;
}
