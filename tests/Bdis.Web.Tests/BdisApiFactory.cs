using Bdis.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bdis.Web.Tests;

/// <summary>The real host on its own test database (migrated, demo data loaded), one per test class.</summary>
public class BdisApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync() => ConnectionString = await TestCluster.CreateDatabaseAsync("web");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Bdis", ConnectionString);
        builder.UseSetting("Bdis:SeedDemoData", "true");
        // Each host keeps its own search index replica; test hosts run in parallel.
        builder.UseSetting("Bdis:Search:IndexDirectory", Path.Combine(Path.GetTempPath(), $"bdis-index-{Guid.NewGuid():N}"));
        builder.UseEnvironment("Production");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Configuration a test class needs on top of the defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await TestCluster.DropDatabaseAsync(ConnectionString);
    }
}
