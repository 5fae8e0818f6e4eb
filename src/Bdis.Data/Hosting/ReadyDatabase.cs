namespace Bdis.Data.Hosting;

/// <summary>The database once <see cref="DatabaseStartup"/> has opened and migrated it, with this node's connection budget.</summary>
public sealed class ReadyDatabase
{
    private BdisDatabase? _database;
    private ConnectionBudget? _budget;

    public BdisDatabase Database =>
        _database ?? throw new InvalidOperationException("The database is not open yet: DatabaseStartup has not run.");

    public ConnectionBudget Budget =>
        _budget ?? throw new InvalidOperationException("The database is not open yet: DatabaseStartup has not run.");

    /// <summary>For request handlers (the EF Core pool), bounded by <see cref="ConnectionBudget.RequestConnections"/>.</summary>
    public string ConnectionString => Budget.ForRequests(Database.ConnectionString);

    /// <summary>For background services (raw SQL, COPY, the index follower), bounded by <see cref="ConnectionBudget.ServiceConnections"/>.</summary>
    public string ServiceConnectionString => Budget.ForServices(Database.ConnectionString);

    internal void Set(BdisDatabase database, ConnectionBudget budget)
    {
        _database = database;
        _budget = budget;
    }
}
