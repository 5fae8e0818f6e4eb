namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>Choosing a sheet by name (--sheet), and the sentence that lists the sheets when there is none of that name.</summary>
internal static class SheetNames
{
    public static bool Same(string name, string wanted) => string.Equals(name.Trim(), wanted.Trim(), StringComparison.OrdinalIgnoreCase);

    public static string List(IReadOnlyList<string> names)
    {
        const int MaxListed = 30;
        var listed = string.Join(", ", names.Take(MaxListed).Select(n => $"« {(n.Length <= 60 ? n : n[..60] + "…")} »"));
        return names.Count > MaxListed ? $"{listed} et {names.Count - MaxListed} autre(s)" : listed;
    }

    public static ImportFileException Unknown(string wanted, IReadOnlyList<string> names) => names.Count == 0
        ? new ImportFileException($"Le classeur n'a pas de feuille « {wanted} » : il ne contient aucune feuille.")
        : new ImportFileException($"Le classeur n'a pas de feuille « {wanted} » : ses feuilles sont {List(names)}.");
}
