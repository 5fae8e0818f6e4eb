namespace Bdis.Web.Resources;

/// <summary>Marker type for the site's text resources (Ui.resx in French, the default; Ui.en.resx in English).</summary>
public sealed class Ui;
