namespace Bdis.Testing;

/// <summary>The real public samples in ../shared/data (never copied into the repository); tests skip when absent.</summary>
public static class SharedData
{
    public static string? Folder { get; } = Locate();

    public static string? PathTo(string relative) =>
        Folder is null ? null : System.IO.Path.Combine(Folder, relative) is var p && File.Exists(p) ? p : null;

    public const string MissingReason = "../shared/data is absent on this machine: the real-file samples cannot be tried.";

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "data");
            if (File.Exists(System.IO.Path.Combine(candidate, "SOURCES.md")))
            {
                return candidate;
            }
        }

        return null;
    }
}
