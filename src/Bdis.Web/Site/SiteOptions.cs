namespace Bdis.Web.Site;

/// <summary>Configuration section "Bdis:Site": public address and contact of the deployment.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Bdis:Site";

    /// <summary>Absolute base URL used in canonical links, OpenGraph and the sitemap; the request's own host when empty.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Where "signaler une erreur" mails go.</summary>
    public string ContactEmail { get; set; } = "contact@bdis.example";
}
