using System.Globalization;
using Bdis.Web.Site;

namespace Bdis.Web.Components.Tests;

/// <summary>The theme colours and icons: one for each of the ten entrées, readable (WCAG AA) and distinct.</summary>
public sealed class ThemeLooksTests : ComponentTestContext
{
    [Fact]
    public void Each_top_theme_of_the_referential_has_its_own_colour_icon_and_description()
    {
        var tops = Referentials.Themes.TopLevel.Select(t => t.Code).ToList();

        Assert.Equal(10, tops.Count);
        Assert.Equal(tops.Order(), ThemeLooks.All.Select(l => l.Code).Order());
        Assert.Equal(10, ThemeLooks.All.Select(l => l.Colour).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(10, ThemeLooks.All.Select(l => l.IconPath).Distinct().Count());
        Assert.All(ThemeLooks.All, l => Assert.False(string.IsNullOrWhiteSpace(l.DescriptionFr) || string.IsNullOrWhiteSpace(l.DescriptionEn)));
    }

    [Fact]
    public void White_text_on_each_theme_colour_and_the_colour_as_text_on_white_reach_4_5_to_1()
    {
        foreach (var look in ThemeLooks.All.Append(ThemeLooks.Neutral))
        {
            var ratio = ContrastWithWhite(look.Colour);
            Assert.True(ratio >= 4.5, $"{look.Code} {look.Colour}: {ratio:0.00}:1");
        }
    }

    [Fact]
    public void A_sub_theme_looks_like_its_top_theme_and_an_unknown_code_is_neutral()
    {
        Assert.Equal(ThemeLooks.Of("consommer", Referentials.Themes), ThemeLooks.Of("amap", Referentials.Themes));
        Assert.Equal(ThemeLooks.Neutral, ThemeLooks.Of("n-existe-pas", Referentials.Themes));
        Assert.Equal(ThemeLooks.Of("renouveler", Referentials.Themes), ThemeLooks.OfFirst(["n-existe-pas", "ressourcerie"], Referentials.Themes));
    }

    [Fact]
    public void The_contrast_computation_matches_known_values()
    {
        Assert.Equal(21, ContrastWithWhite("#000000"), 2);
        Assert.Equal(1, ContrastWithWhite("#ffffff"), 2);
        Assert.Equal(4.54, ContrastWithWhite("#767676"), 2); // the lightest grey that passes AA on white
    }

    // WCAG 2.1 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
    private static double ContrastWithWhite(string hex)
    {
        var rgb = int.Parse(hex.TrimStart('#'), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var luminance = (0.2126 * Channel(rgb >> 16)) + (0.7152 * Channel(rgb >> 8)) + (0.0722 * Channel(rgb));
        return 1.05 / (luminance + 0.05);
    }

    private static double Channel(int value)
    {
        var c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
