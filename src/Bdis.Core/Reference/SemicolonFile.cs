using System.Text;

namespace Bdis.Core.Reference;

/// <summary>
/// Reads the project's own reference files (UTF-8, ';'-separated, a header row, no quoting).
/// Network exports go through the tolerant CSV importer instead; these files are ours and kept simple.
/// </summary>
public static class SemicolonFile
{
    public static IEnumerable<Dictionary<string, string>> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Reference file not found: {path}", path);
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = reader.ReadLine()?.Split(';') ?? throw new InvalidDataException($"Reference file is empty: {path}");
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split(';');
            if (cells.Length != header.Length)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected {header.Length} fields, found {cells.Length}.");
            }

            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = cells[i];
            }

            yield return row;
        }
    }
}
