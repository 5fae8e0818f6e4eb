using Bdis.Core.Reference;
using Bdis.Data.Queries;
using Bdis.Data.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bdis.Data.Hosting;

public static class BdisDataHostingExtensions
{
    /// <summary>
    /// Registers the data services. The database itself (the configured server, or the embedded cluster) is opened,
    /// migrated and seeded by <see cref="DatabaseStartup"/>, the first hosted service, so nothing is served and no other
    /// service starts before it is ready, and it is closed last.
    /// </summary>
    public static IHostApplicationBuilder AddBdisData(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ReadyDatabase>();
        services.AddHostedService<DatabaseStartup>();
        services.AddSingleton(_ => Referentials.Load());
        services.AddSingleton(sp => BdisDbContextOptions.CreateDataSource(sp.GetRequiredService<ReadyDatabase>().ServiceConnectionString));
        services.AddDbContextPool<BdisDbContext>((sp, options) => BdisDbContextOptions.Configure(
            (DbContextOptionsBuilder<BdisDbContext>)options, sp.GetRequiredService<ReadyDatabase>().ConnectionString));
        services.AddScoped<InitiativeQueries>();
        services.AddScoped<InitiativeStore>();
        services.AddScoped<NetworkStore>();
        return builder;
    }
}
