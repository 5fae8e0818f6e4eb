namespace Bdis.Data.Hosting;

/// <summary>The database once <see cref="DatabaseStartup"/> has opened and migrated it.</summary>
public sealed class ReadyDatabase
{
    private BdisDatabase? _database;

    public BdisDatabase Database =>
        _database ?? throw new InvalidOperationException("The database is not open yet: DatabaseStartup has not run.");

    public string ConnectionString => Database.ConnectionString;

    internal void Set(BdisDatabase database) => _database = database;
}
