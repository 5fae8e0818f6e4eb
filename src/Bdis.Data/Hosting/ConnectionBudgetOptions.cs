namespace Bdis.Data.Hosting;

/// <summary>Configuration section "Bdis:Database": how many server connections this process may hold.</summary>
public sealed class ConnectionBudgetOptions
{
    public const string SectionName = "Bdis:Database";

    /// <summary>
    /// Share of the server's usable connections (max_connections less the superuser reserve) this node may open.
    /// Half by default: the rest is for other web nodes, the CLI, imports and an administrator's psql.
    /// </summary>
    public double ServerShare { get; set; } = 0.5;

    /// <summary>An explicit size of the request pool; wins over the share (it is still capped by the server).</summary>
    public int? MaxPoolSize { get; set; }

    /// <summary>Connections kept for the node's background services (index follower, pruner, health).</summary>
    public int ServiceConnections { get; set; } = 6;
}
