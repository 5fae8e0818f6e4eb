namespace Bdis.Web.Site;

/// <summary>
/// How one of the ten "entrées" looks: a colour that white text on it and it as text on white both read at 4.5:1 or
/// more (WCAG AA), a line icon (SVG path data on a 24×24 grid, drawn with a 2 px stroke) and a one-line description.
/// </summary>
public sealed record ThemeLook(string Code, string Colour, string IconPath, string DescriptionFr, string DescriptionEn)
{
    public string Description(bool english) => english ? DescriptionEn : DescriptionFr;
}
