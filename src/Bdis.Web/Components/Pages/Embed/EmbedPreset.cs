using System.Globalization;
using Bdis.Web.Components.Directory;
using Bdis.Web.Filters;

namespace Bdis.Web.Components.Pages.Embed;

/// <summary>
/// An embed's configuration, read from its iframe URL: the preset filters (region, department, theme, network) and an
/// accent colour. Inside the frame the visitor only adds a keyword, paging and a map area, which narrow the preset.
/// </summary>
public sealed record EmbedPreset(DirectoryPreset Filters, string? Accent)
{
    public static EmbedPreset From(DirectoryQuery parsed, string? accent) => new(
        new DirectoryPreset
        {
            Regions = parsed.Filters.Regions,
            Departments = parsed.Filters.Departments,
            Themes = parsed.Filters.Themes,
            Networks = parsed.Filters.Networks,
        },
        ReadableAccent(accent));

    /// <summary>The visitor's part of the URL: keyword, page and area only; any other filter comes from the preset.</summary>
    public static DirectoryQuery VisitorPart(DirectoryQuery parsed) =>
        new() { Text = parsed.Text, Page = parsed.Page, Filters = new() { Bbox = parsed.Filters.Bbox } };

    /// <summary>Hidden fields that carry the preset through the embed's own forms and links.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Hidden()
    {
        var list = new List<KeyValuePair<string, string>>();
        list.AddRange(Filters.Regions.Select(v => new KeyValuePair<string, string>("region", v)));
        list.AddRange(Filters.Departments.Select(v => new KeyValuePair<string, string>("department", v)));
        list.AddRange(Filters.Themes.Select(v => new KeyValuePair<string, string>("theme", v)));
        list.AddRange(Filters.Networks.Select(v => new KeyValuePair<string, string>("network", v)));
        if (Accent is not null)
        {
            list.Add(new("accent", Accent.TrimStart('#')));
        }

        return list;
    }

    /// <summary>"b3124a" or "#B3124A" → "#b3124a", only if white text on it stays readable (contrast ≥ 4.5:1).</summary>
    public static string? ReadableAccent(string? value)
    {
        var hex = value?.Trim().TrimStart('#');
        if (hex is not { Length: 6 } || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            return null;
        }

        var luminance = 0.2126 * Channel(rgb >> 16) + 0.7152 * Channel(rgb >> 8) + 0.0722 * Channel(rgb);
        var contrastWithWhite = 1.05 / (luminance + 0.05);
        return contrastWithWhite >= 4.5 ? "#" + hex.ToLowerInvariant() : null;
    }

    private static double Channel(int value)
    {
        var c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
