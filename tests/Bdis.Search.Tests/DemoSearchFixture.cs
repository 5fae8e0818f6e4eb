using Bdis.Testing;

namespace Bdis.Search.Tests;

/// <summary>One host over the demo data (383 initiatives) shared by a test class's read-only queries.</summary>
public sealed class DemoSearchFixture : IAsyncLifetime
{
    private SearchHost? _host;

    public SearchHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _host = await SearchHost.StartOnNewDatabaseAsync("demo");

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
            await TestCluster.DropDatabaseAsync(_host.ConnectionString);
        }
    }
}
