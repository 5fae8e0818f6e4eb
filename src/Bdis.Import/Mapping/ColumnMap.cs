using Bdis.Core.Text;
using Bdis.Import.Reading;

namespace Bdis.Import.Mapping;

/// <summary>Which column (0-based index) feeds each field, from the mapping file first, then the usual header names.</summary>
public sealed class ColumnMap
{
    private readonly int[] _indexes;

    private ColumnMap(int[] indexes, IReadOnlyList<string> headers, bool lambertHeaders, IReadOnlyList<string> unused)
    {
        _indexes = indexes;
        Headers = headers;
        HeadersSayLambert93 = lambertHeaders;
        Unused = unused;
    }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>Named columns that feed no field (not recognised, or a second column for a field already fed), in file order.</summary>
    public IReadOnlyList<string> Unused { get; }

    /// <summary>The coordinate columns are named after Lambert-93 ("x_l93", "Lambert 93 Y"…).</summary>
    public bool HeadersSayLambert93 { get; }

    public int this[ImportField field] => _indexes[(int)field];

    public bool Has(ImportField field) => _indexes[(int)field] >= 0;

    public static ColumnMap Build(IReadOnlyList<string> headers, ImportProfile profile)
    {
        var indexes = Enumerable.Repeat(-1, Enum.GetValues<ImportField>().Length).ToArray();
        var assigned = new bool[headers.Count];
        var profileColumns = profile.Columns.ToDictionary(kv => TextKey.Normalize(kv.Key), kv => kv.Value, StringComparer.Ordinal);
        var lambert = false;
        for (var i = 0; i < headers.Count; i++)
        {
            if (!profileColumns.TryGetValue(TextKey.Normalize(headers[i]), out var target))
            {
                continue;
            }

            assigned[i] = true;
            if (string.Equals(target, "ignore", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!HeaderAliases.TryParseFieldName(target, out var field))
            {
                throw new ImportFileException($"The mapping file names an unknown field '{target}' for column '{headers[i]}'.");
            }

            indexes[(int)field] = indexes[(int)field] < 0 ? i : indexes[(int)field];
        }

        var ranks = indexes.Select(index => index >= 0 ? -1 : int.MaxValue).ToArray();
        for (var i = 0; i < headers.Count; i++)
        {
            if (assigned[i])
            {
                continue;
            }

            var match = HeaderAliases.MatchRanked(headers[i])
                ?? (LambertCoordinate(headers[i]) is { } coordinate ? (coordinate, int.MaxValue - 1) : null);
            if (match is var (f, rank) && rank < ranks[(int)f])
            {
                indexes[(int)f] = i;
                ranks[(int)f] = rank;
            }
        }

        var unused = Enumerable.Range(0, headers.Count)
            .Where(i => !assigned[i] && !string.IsNullOrWhiteSpace(headers[i]) && Array.IndexOf(indexes, i) < 0)
            .Select(i => headers[i].Trim())
            .ToList();

        foreach (var coordinate in new[] { ImportField.Latitude, ImportField.Longitude })
        {
            if (indexes[(int)coordinate] >= 0 && IsLambertHeader(headers[indexes[(int)coordinate]]))
            {
                lambert = true;
            }
        }

        return new ColumnMap(indexes, headers, lambert, unused);
    }

    private static ImportField? LambertCoordinate(string header)
    {
        if (!IsLambertHeader(header))
        {
            return null;
        }

        var words = TextKey.Normalize(header).Split(' ');
        return words.Contains("x") ? ImportField.Longitude : words.Contains("y") ? ImportField.Latitude : null;
    }

    private static bool IsLambertHeader(string header)
    {
        var key = TextKey.Normalize(header).Replace(" ", string.Empty, StringComparison.Ordinal);
        return key.Contains("l93", StringComparison.Ordinal) || key.Contains("lambert", StringComparison.Ordinal)
            || key.Contains("2154", StringComparison.Ordinal);
    }
}
