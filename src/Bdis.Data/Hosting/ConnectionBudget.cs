using Npgsql;

namespace Bdis.Data.Hosting;

/// <summary>
/// How many connections this process opens, derived from the server's own limit so that a burst of visitors queues
/// in the pool instead of being refused by the server ("too many clients"), which fails requests and, where they are
/// retried, multiplies the load.
/// </summary>
public sealed record ConnectionBudget(int ServerMaxConnections, int RequestConnections, int ServiceConnections)
{
    private const int MinimumRequestConnections = 2;

    public static async Task<ConnectionBudget> ReadAsync(string connectionString, ConnectionBudgetOptions options, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT current_setting('max_connections')::int, current_setting('superuser_reserved_connections')::int", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return Compute(reader.GetInt32(0), reader.GetInt32(1), options, new NpgsqlConnectionStringBuilder(connectionString));
    }

    public static ConnectionBudget Compute(int maxConnections, int superuserReserved, ConnectionBudgetOptions options, NpgsqlConnectionStringBuilder configured)
    {
        var usable = Math.Max(MinimumRequestConnections + 1, maxConnections - superuserReserved);
        var share = (int)Math.Floor(usable * Math.Clamp(options.ServerShare, 0.05, 1.0));
        var services = Math.Clamp(options.ServiceConnections, 1, Math.Max(1, share / 4));
        var requests = options.MaxPoolSize ?? share - services;
        // A Max Pool Size written in the connection string by an operator is an upper bound too.
        if (configured.MaxPoolSize != new NpgsqlConnectionStringBuilder().MaxPoolSize)
        {
            requests = Math.Min(requests, configured.MaxPoolSize);
        }

        requests = Math.Clamp(requests, MinimumRequestConnections, Math.Max(MinimumRequestConnections, usable - services));
        return new ConnectionBudget(maxConnections, requests, services);
    }

    /// <summary>The connection string of the request pool (EF Core): at most <see cref="RequestConnections"/>.</summary>
    public string ForRequests(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = RequestConnections }.ConnectionString;

    /// <summary>The connection string of the background services' pool (raw SQL, COPY, index following).</summary>
    public string ForServices(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = ServiceConnections }.ConnectionString;
}
