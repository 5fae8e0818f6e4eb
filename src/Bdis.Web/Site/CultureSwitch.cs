using Microsoft.AspNetCore.Localization;

namespace Bdis.Web.Site;

/// <summary>The header's language switch: remembers the choice in the culture cookie and goes back to the page.</summary>
public static class CultureSwitch
{
    public static readonly string[] Supported = ["fr", "en"];

    public static IResult Switch(HttpContext context, string? lang, string? retour)
    {
        var culture = Supported.Contains(lang, StringComparer.OrdinalIgnoreCase) ? lang!.ToLowerInvariant() : "fr";
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return Results.LocalRedirect(IsLocalPath(retour) ? retour! : "/");
    }

    // Only same-site paths: "//evil.example" or "/\evil" would leave the site.
    private static bool IsLocalPath(string? path) =>
        !string.IsNullOrEmpty(path) && path.Length <= 2000 && path[0] == '/'
        && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'));
}
