namespace Bdis.Core.Reference;

/// <summary>Finds the shipped <c>data/</c> folder: beside the running binaries, or at the repository root when developing.</summary>
public static class DataFolder
{
    public static string Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("BDIS_REFERENCE_DATA");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
        {
            return fromEnv;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(candidate, "themes.csv")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            "The reference data folder (data/ with themes.csv) was not found beside the program; set BDIS_REFERENCE_DATA.");
    }
}
