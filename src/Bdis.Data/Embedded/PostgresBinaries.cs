using Bdis.Data.Hosting;
using Bdis.Data.Resources;

namespace Bdis.Data.Embedded;

/// <summary>Finds the PostgreSQL server binaries (Debian keeps them out of PATH, under /usr/lib/postgresql/N/bin).</summary>
public static class PostgresBinaries
{
    public static string Locate(string? configured)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return HasServer(configured) ? configured
                : throw new EmbeddedPostgresException(FailureSentence.Format(Messages.BinariesNotIn, configured));
        }

        var fromEnv = Environment.GetEnvironmentVariable("BDIS_PG_BIN");
        if (!string.IsNullOrEmpty(fromEnv) && HasServer(fromEnv))
        {
            return fromEnv;
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.GetDirectories(debianRoot)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => HasServer(d.Dir))
                .OrderByDescending(d => d.Version)
                .FirstOrDefault();
            if (newest.Dir is not null)
            {
                return newest.Dir;
            }
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (HasServer(dir))
            {
                return dir;
            }
        }

        throw new EmbeddedPostgresException(Messages.BinariesNotFound);
    }

    private static bool HasServer(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "postgres"));
}
