using Bdis.Core.Reference;
using Bdis.Core.Text;

namespace Bdis.Core.Themes;

/// <summary>The two-level theme tree loaded from <c>data/themes.csv</c>.</summary>
public sealed class ThemeReferential
{
    private readonly Dictionary<string, Theme> _byCode;
    private readonly Dictionary<string, Theme> _byLabelKey;
    private readonly Dictionary<string, IReadOnlyList<Theme>> _children;

    public ThemeReferential(IEnumerable<Theme> themes)
    {
        All = themes.ToArray();
        _byCode = All.ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var orphan in All.Where(t => t.ParentCode is not null && !_byCode.ContainsKey(t.ParentCode)))
        {
            throw new InvalidDataException($"Theme '{orphan.Code}' names an unknown parent '{orphan.ParentCode}'.");
        }

        _children = All.Where(t => t.IsTopLevel)
            .ToDictionary(t => t.Code, t => (IReadOnlyList<Theme>)All.Where(c => c.ParentCode == t.Code).ToArray(), StringComparer.OrdinalIgnoreCase);
        _byLabelKey = new Dictionary<string, Theme>(StringComparer.Ordinal);
        foreach (var theme in All)
        {
            _byLabelKey.TryAdd(TextKey.Normalize(theme.LabelFr), theme);
            _byLabelKey.TryAdd(TextKey.Normalize(theme.LabelEn), theme);
            _byLabelKey.TryAdd(TextKey.Normalize(theme.Code), theme);
        }
    }

    public IReadOnlyList<Theme> All { get; }

    public IEnumerable<Theme> TopLevel => All.Where(t => t.IsTopLevel);

    public static ThemeReferential Load(string dataFolder) =>
        new(SemicolonFile.Read(Path.Combine(dataFolder, "themes.csv")).Select(r =>
            new Theme(r["code"], r["parent"].Length == 0 ? null : r["parent"], r["label_fr"], r["label_en"])));

    public Theme? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var t) ? t : null;

    public bool Exists(string? code) => Find(code) is not null;

    public IReadOnlyList<Theme> ChildrenOf(string code) =>
        _children.TryGetValue(code, out var children) ? children : [];

    /// <summary>A top theme stands for itself and all its sub-themes; a sub-theme for itself.</summary>
    public IEnumerable<string> Expand(string code)
    {
        var theme = Find(code);
        if (theme is null)
        {
            return [];
        }

        return theme.IsTopLevel ? [theme.Code, .. ChildrenOf(theme.Code).Select(c => c.Code)] : [theme.Code];
    }

    /// <summary>The top-level theme a code belongs to (itself for a top theme).</summary>
    public Theme? TopOf(string code)
    {
        var theme = Find(code);
        return theme?.ParentCode is { } parent ? Find(parent) : theme;
    }

    /// <summary>Matches a label a person wrote ("Épicerie solidaire", "epicerie-solidaire") to a theme, or null.</summary>
    public Theme? MatchLabel(string? label)
    {
        var key = TextKey.Normalize(label);
        return key.Length > 0 && _byLabelKey.TryGetValue(key, out var t) ? t : null;
    }
}
