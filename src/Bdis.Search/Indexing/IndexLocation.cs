namespace Bdis.Search.Indexing;

/// <summary>
/// The index root folder: generation folders ("gen-…"), each a complete index, and a file "current" naming the one
/// in use. A rebuild writes a new generation aside and then replaces "current" atomically (temp file + rename).
/// </summary>
public sealed class IndexLocation(string root)
{
    private const string PointerFile = "current";

    public string Root { get; } = Path.GetFullPath(root);

    public string PathOf(string generation) => Path.Combine(Root, generation);

    /// <summary>The generation "current" names, when it names an existing folder.</summary>
    public string? ReadCurrent()
    {
        var pointer = Path.Combine(Root, PointerFile);
        try
        {
            var name = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : string.Empty;
            return name.Length > 0 && IsGenerationName(name) && Directory.Exists(PathOf(name)) ? name : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public string CreateGeneration()
    {
        Directory.CreateDirectory(Root);
        var name = $"gen-{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid().ToString("N")[..6]}";
        Directory.CreateDirectory(PathOf(name));
        return name;
    }

    public void Publish(string generation)
    {
        var temp = Path.Combine(Root, $"{PointerFile}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, generation);
        File.Move(temp, Path.Combine(Root, PointerFile), overwrite: true);
    }

    /// <summary>
    /// Deletes the generations created before <paramref name="generation"/> except <paramref name="keep"/> (names sort
    /// by creation time). Newer ones are left alone: another process may be building one right now.
    /// </summary>
    public void DeleteGenerationsOlderThan(string generation, string? keep = null)
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(Root, "gen-*"))
        {
            var name = Path.GetFileName(folder);
            if (string.CompareOrdinal(name, generation) < 0 && name != keep && name != ReadCurrent())
            {
                Delete(name);
            }
        }
    }

    /// <summary>Best effort: a folder still open elsewhere is left for a later clean-up.</summary>
    public void Delete(string generation)
    {
        try
        {
            Directory.Delete(PathOf(generation), recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static bool IsGenerationName(string name) =>
        name.StartsWith("gen-", StringComparison.Ordinal) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
