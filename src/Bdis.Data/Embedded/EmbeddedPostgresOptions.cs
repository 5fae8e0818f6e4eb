namespace Bdis.Data.Embedded;

/// <summary>Where and how the private PostgreSQL cluster runs.</summary>
public sealed class EmbeddedPostgresOptions
{
    /// <summary>The cluster lives in <c>{DataDirectory}/postgres</c>; sockets and logs beside it.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Folder with initdb/pg_ctl/postgres; found automatically when null.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>The database superuser created by initdb (trust auth on loopback only).</summary>
    public string Superuser { get; init; } = "bdis";

    /// <summary>The OS account that runs the cluster when this process is root (initdb refuses root).</summary>
    public string UnprivilegedUser { get; init; } = "postgres";

    /// <summary>Extra server settings, e.g. for throwaway test clusters (fsync=off).</summary>
    public IReadOnlyDictionary<string, string> ServerSettings { get; init; } = new Dictionary<string, string>();
}
