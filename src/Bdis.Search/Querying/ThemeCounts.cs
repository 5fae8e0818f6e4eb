namespace Bdis.Search.Querying;

/// <summary>
/// Per grid cell, how many of its records carry each theme code: one flat array (cell × theme number), the theme
/// numbers given as segments reveal their codes, the width doubling on the rare new code.
/// </summary>
internal sealed class ThemeCounts(int cells)
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _codes = [];
    private int _width = 64;
    private int[] _counts = new int[cells * 64];

    public int Number(string code)
    {
        if (_numbers.TryGetValue(code, out var number))
        {
            return number;
        }

        number = _codes.Count;
        _numbers[code] = number;
        _codes.Add(code);
        if (number >= _width)
        {
            Widen(_width * 2);
        }

        return number;
    }

    public void Add(int cell, int number) => _counts[(cell * _width) + number]++;

    /// <summary>The most frequent code over these cells; on a tie the first code met.</summary>
    public string? Dominant(IReadOnlyList<int> cellsOfGroup)
    {
        var best = -1;
        var bestCount = 0;
        for (var number = 0; number < _codes.Count; number++)
        {
            var sum = 0;
            foreach (var cell in cellsOfGroup)
            {
                sum += _counts[(cell * _width) + number];
            }

            if (sum > bestCount)
            {
                best = number;
                bestCount = sum;
            }
        }

        return best < 0 ? null : _codes[best];
    }

    private void Widen(int width)
    {
        var cells = _counts.Length / _width;
        var counts = new int[cells * width];
        for (var cell = 0; cell < cells; cell++)
        {
            Array.Copy(_counts, cell * _width, counts, cell * width, _width);
        }

        _counts = counts;
        _width = width;
    }
}
