using Bdis.Search.Contracts;

namespace Bdis.Cli.Bench.Search;

/// <summary>The deterministic query mix: keywords, keywords with territory/theme filters, viewports, distance; and viewports per zoom.</summary>
public static class BenchQueries
{
    private static readonly string[] Keywords =
    [
        "ressourcerie", "epicerie solidaire", "jardin partagé", "amap", "coopérative", "atelier vélo", "numérique", "insertion",
        "repair café", "tiers-lieu", "habitat participatif", "monnaie locale", "restaurant solidaire", "formation", "théâtre",
        "radio associative", "énergie citoyenne", "garage solidaire", "fablab", "aide à domicile", "recyclerie", "paniers bio",
        "commerce équitable", "microcrédit", "centre social", "ressourcrie", "epicrie", "cooperatives d'habitants",
    ];

    private static readonly string[] TopThemes = ["consommer", "renouveler", "travailler", "se-former", "cooperer", "creer"];

    public static IReadOnlyList<SearchQuery> SearchMix(Bdis.Core.Reference.Referentials referentials, int count, int seed = 7)
    {
        var random = new Random(seed);
        var anchors = BenchAnchors.All;
        var list = new List<SearchQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var keyword = Keywords[random.Next(Keywords.Length)];
            var anchor = anchors[random.Next(anchors.Count)];
            var near = new GeoPoint(anchor.Lon, anchor.Lat);
            list.Add((i % 10) switch
            {
                0 or 1 => new SearchQuery { Text = keyword },
                2 => new SearchQuery { Text = keyword, Filters = new SearchFilters { Regions = [referentials.Territories.FindDepartment(anchor.Department)!.RegionCode] } },
                3 => new SearchQuery { Text = keyword, Filters = new SearchFilters { Departments = [anchor.Department] } },
                4 => new SearchQuery { Text = keyword, Filters = new SearchFilters { Themes = [TopThemes[random.Next(TopThemes.Length)]] } },
                5 => new SearchQuery { Filters = new SearchFilters { Themes = [TopThemes[random.Next(TopThemes.Length)]], Departments = [anchor.Department] } },
                6 => new SearchQuery { Text = keyword, Filters = new SearchFilters { Bbox = Viewport(anchor, 11) } },
                7 => new SearchQuery { Filters = new SearchFilters { Near = near, RadiusKm = 10 }, Sort = SearchSort.Distance },
                8 => new SearchQuery { Text = keyword, Filters = new SearchFilters { Near = near, RadiusKm = 25 }, Sort = SearchSort.Distance },
                _ => new SearchQuery { Text = $"{keyword} {anchor.City}" },
            });
        }

        return list;
    }

    public static IReadOnlyList<string> SuggestMix(int count, int seed = 11)
    {
        string[] prefixes = ["res", "ressou", "epic", "jardin p", "mars", "lyo", "coop", "atelier v", "tier", "amap", "rep", "gara",
            "bord", "stras", "nan", "repair c", "habitat", "monn", "radio", "fab"];
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => prefixes[random.Next(prefixes.Length)]).ToList();
    }

    /// <summary>A 1280×800-pixel map viewport centred on a city (or on France at low zoom).</summary>
    public static BoundingBox Viewport(BenchAnchors.Anchor center, int zoom)
    {
        var degreesPerPixel = 360.0 / (256 * Math.Pow(2, zoom));
        var halfWidth = 640 * degreesPerPixel;
        var halfHeight = 400 * degreesPerPixel * Math.Cos(center.Lat * Math.PI / 180);
        return new BoundingBox(
            Math.Max(-180, center.Lon - halfWidth), Math.Max(-85, center.Lat - halfHeight),
            Math.Min(180, center.Lon + halfWidth), Math.Min(85, center.Lat + halfHeight));
    }

    public static IReadOnlyList<(int Zoom, BoundingBox Box)> Viewports(int perZoom, int seed = 13)
    {
        var random = new Random(seed);
        var france = new BenchAnchors.Anchor("75", "France", 46.6, 2.4, 0);
        var list = new List<(int, BoundingBox)>();
        foreach (var zoom in new[] { 5, 8, 11, 14, 17 })
        {
            for (var i = 0; i < perZoom; i++)
            {
                var anchor = zoom <= 5 ? france : BenchAnchors.All[random.Next(BenchAnchors.All.Count)];
                list.Add((zoom, Viewport(anchor, zoom)));
            }
        }

        return list;
    }
}
