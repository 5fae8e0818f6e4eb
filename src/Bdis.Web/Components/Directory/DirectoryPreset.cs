using Bdis.Core.Reference;
using Bdis.Web.Filters;

namespace Bdis.Web.Components.Directory;

/// <summary>
/// Filters fixed by the page (a region page, a theme page, a partner's embed). The visitor's own choices can only narrow
/// them: a value outside the preset is dropped, and an empty choice means the whole preset.
/// </summary>
public sealed record DirectoryPreset
{
    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<string> Departments { get; init; } = [];

    public IReadOnlyList<string> Themes { get; init; } = [];

    public IReadOnlyList<string> Networks { get; init; } = [];

    public bool IsEmpty => Regions.Count == 0 && Departments.Count == 0 && Themes.Count == 0 && Networks.Count == 0;

    public DirectoryQuery Apply(DirectoryQuery visitor, Referentials referentials)
    {
        var allowedThemes = Themes.SelectMany(referentials.Themes.Expand).ToHashSet(StringComparer.Ordinal);
        var allowedDepartments = Departments.Count > 0
            ? Departments.ToHashSet(StringComparer.Ordinal)
            : Regions.SelectMany(r => referentials.Territories.DepartmentsOf(r)).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        return visitor with
        {
            Filters = visitor.Filters with
            {
                Regions = Narrow(visitor.Filters.Regions, Regions, Regions.ToHashSet(StringComparer.Ordinal)),
                Departments = Departments.Count == 0 && Regions.Count == 0
                    ? visitor.Filters.Departments
                    : Narrow(visitor.Filters.Departments, Departments, allowedDepartments),
                Themes = Narrow(visitor.Filters.Themes, Themes, allowedThemes),
                Networks = Narrow(visitor.Filters.Networks, Networks, Networks.ToHashSet(StringComparer.Ordinal)),
            },
        };
    }

    private static IReadOnlyList<string> Narrow(IReadOnlyList<string> chosen, IReadOnlyList<string> preset, HashSet<string> allowed)
    {
        if (preset.Count == 0 && allowed.Count == 0)
        {
            return chosen;
        }

        var kept = chosen.Where(allowed.Contains).ToArray();
        return kept.Length > 0 ? kept : preset;
    }
}
