using Bdis.Core.Reference;
using Bdis.Data.Queries;
using Bdis.Data.Seeding;
using Bdis.Data.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bdis.Data.Hosting;

public static class BdisDataHostingExtensions
{
    /// <summary>
    /// Opens the database (the configured server, or the embedded cluster started now), applies migrations, loads the
    /// demo data into an empty store, and registers the data services. Runs before the host is built so that nothing
    /// is served until the database is ready.
    /// </summary>
    public static async Task AddBdisDataAsync(this IHostApplicationBuilder builder, CancellationToken ct = default)
    {
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddSimpleConsole());
        var logger = loggerFactory.CreateLogger("Bdis.Data");
        var database = await BdisDatabase.OpenAsync(builder.Configuration, logger, ct);
        var referentials = Referentials.Load();
        try
        {
            await DatabaseMigrator.MigrateAsync(database.ConnectionString, logger, ct);
            if (builder.Configuration.GetValue("Bdis:SeedDemoData", true))
            {
                await DemoSeeder.SeedIfEmptyAsync(database.ConnectionString, referentials, logger, ct);
            }
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }

        builder.Services.AddBdisDataServices(database, referentials);
    }

    public static IServiceCollection AddBdisDataServices(this IServiceCollection services, BdisDatabase database, Referentials referentials)
    {
        // Registered first so it is stopped last: every other service is done with the database by then.
        services.AddHostedService(_ => new DatabaseLifetime(database));
        services.AddSingleton(database);
        services.AddSingleton(referentials);
        services.AddSingleton(_ => BdisDbContextOptions.CreateDataSource(database.ConnectionString));
        services.AddDbContextPool<BdisDbContext>(options =>
            BdisDbContextOptions.Configure((DbContextOptionsBuilder<BdisDbContext>)options, database.ConnectionString));
        services.AddScoped<InitiativeQueries>();
        services.AddScoped<InitiativeStore>();
        services.AddScoped<NetworkStore>();
        return services;
    }

    private sealed class DatabaseLifetime(BdisDatabase database) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StopAsync(CancellationToken cancellationToken) => await database.DisposeAsync();
    }
}
