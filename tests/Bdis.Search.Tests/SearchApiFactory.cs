using Bdis.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bdis.Search.Tests;

/// <summary>The real web host (demo data, own database and index folder), one per test class.</summary>
public sealed class SearchApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _indexDirectory = SearchHost.NewIndexDirectory();

    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync() => ConnectionString = await TestCluster.CreateDatabaseAsync("searchapi");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Bdis", ConnectionString);
        builder.UseSetting("Bdis:SeedDemoData", "true");
        builder.UseSetting("Bdis:Search:IndexDirectory", _indexDirectory);
        builder.UseSetting("Bdis:Search:PollIntervalMs", "100");
        builder.UseEnvironment("Production");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await TestCluster.DropDatabaseAsync(ConnectionString);
        try
        {
            Directory.Delete(_indexDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
