using System.Globalization;

namespace Bdis.Web.Apis;

/// <summary>Page and page size from the query string: 1-based pages, a capped page size.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPage = 10_000;

    public static Paging Parse(string? page, string? pageSize, QueryErrors errors)
    {
        var p = ParsePositive(page, "page", 1, MaxPage, errors);
        var size = ParsePositive(pageSize, "pageSize", DefaultPageSize, int.MaxValue, errors);
        return new Paging(p, Math.Min(size, MaxPageSize));
    }

    private static int ParsePositive(string? text, string name, int fallback, int max, QueryErrors errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            errors.Add(name, $"'{name}' must be a whole number of at least 1.");
            return fallback;
        }

        if (value > max)
        {
            errors.Add(name, $"'{name}' must be at most {max}.");
            return fallback;
        }

        return value;
    }
}
