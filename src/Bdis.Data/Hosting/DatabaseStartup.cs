using Bdis.Core.Reference;
using Bdis.Data.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bdis.Data.Hosting;

/// <summary>Opens the database (starting the embedded cluster if needed), migrates it, loads demo data into an empty store.</summary>
internal sealed class DatabaseStartup(
    IConfiguration configuration, ReadyDatabase ready, Referentials referentials, ILogger<DatabaseStartup> logger) : IHostedService
{
    private BdisDatabase? _database;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _database = await BdisDatabase.OpenAsync(configuration, logger, cancellationToken);
        try
        {
            await DatabaseMigrator.MigrateAsync(_database.ConnectionString, logger, cancellationToken);
            if (configuration.GetValue("Bdis:SeedDemoData", true))
            {
                await DemoSeeder.SeedIfEmptyAsync(_database.ConnectionString, referentials, logger, cancellationToken);
            }
        }
        catch
        {
            await _database.DisposeAsync();
            throw;
        }

        var budget = await ConnectionBudget.ReadAsync(_database.ConnectionString,
            configuration.GetSection(ConnectionBudgetOptions.SectionName).Get<ConnectionBudgetOptions>() ?? new ConnectionBudgetOptions(), cancellationToken);
        logger.LogInformation("Database connections: {Requests} for requests and {Services} for services (server max_connections {ServerMax})",
            budget.RequestConnections, budget.ServiceConnections, budget.ServerMaxConnections);
        ready.Set(_database, budget);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
