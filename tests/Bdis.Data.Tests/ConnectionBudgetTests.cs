using Bdis.Data.Hosting;
using Npgsql;

namespace Bdis.Data.Tests;

public sealed class ConnectionBudgetTests
{
    private static readonly NpgsqlConnectionStringBuilder Plain = new("Host=db;Database=bdis");

    [Fact]
    public void A_default_server_of_100_connections_gives_this_node_half_of_what_is_usable()
    {
        var budget = ConnectionBudget.Compute(100, 3, new ConnectionBudgetOptions(), Plain);
        Assert.Equal(6, budget.ServiceConnections);
        Assert.Equal(42, budget.RequestConnections);
        Assert.True(budget.RequestConnections + budget.ServiceConnections <= 97 / 2);
    }

    [Fact]
    public void The_pools_never_exceed_what_the_server_accepts_even_when_told_more()
    {
        var budget = ConnectionBudget.Compute(20, 3, new ConnectionBudgetOptions { MaxPoolSize = 500, ServerShare = 1 }, Plain);
        Assert.True(budget.RequestConnections + budget.ServiceConnections <= 17);
    }

    [Fact]
    public void A_max_pool_size_written_in_the_connection_string_is_an_upper_bound()
    {
        var budget = ConnectionBudget.Compute(400, 3, new ConnectionBudgetOptions(), new NpgsqlConnectionStringBuilder("Host=db;Maximum Pool Size=10"));
        Assert.Equal(10, budget.RequestConnections);
        Assert.Equal(10, new NpgsqlConnectionStringBuilder(budget.ForRequests("Host=db;Maximum Pool Size=10")).MaxPoolSize);
        Assert.Equal(budget.ServiceConnections, new NpgsqlConnectionStringBuilder(budget.ForServices("Host=db")).MaxPoolSize);
    }

    [Fact]
    public void A_tiny_server_still_leaves_requests_a_connection_or_two()
    {
        var budget = ConnectionBudget.Compute(5, 3, new ConnectionBudgetOptions(), Plain);
        Assert.True(budget.RequestConnections >= 2);
        Assert.True(budget.ServiceConnections >= 1);
    }
}
