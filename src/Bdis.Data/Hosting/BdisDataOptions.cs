namespace Bdis.Data.Hosting;

/// <summary>Configuration section "Bdis": where the embedded cluster and the index live.</summary>
public sealed class BdisDataOptions
{
    public const string SectionName = "Bdis";

    /// <summary>Folder for the embedded PostgreSQL cluster and the search index; default ".bdis" in the working directory.</summary>
    public string DataDirectory { get; set; } = ".bdis";

    /// <summary>Name of the database created in the embedded cluster.</summary>
    public string EmbeddedDatabaseName { get; set; } = "bdis";

    public string ResolveDataDirectory() => Path.GetFullPath(string.IsNullOrWhiteSpace(DataDirectory) ? ".bdis" : DataDirectory);
}
