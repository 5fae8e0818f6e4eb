using Bdis.Core.Reference;
using Bdis.Data.Hosting;
using Bdis.Search.Contracts;
using Bdis.Search.Indexing;
using Bdis.Search.Querying;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bdis.Search.Hosting;

public static class SearchHostingExtensions
{
    /// <summary>
    /// Registers the index manager, <see cref="IInitiativeSearch"/>, and the hosted service that builds the index if
    /// missing and applies the change log. Call after AddBdisData (its hosted service opens the database first).
    /// </summary>
    /// <param name="followChangeLog">False for a one-off command (`bdis reindex`): the same services, without the
    /// background work that keeps a serving replica in step and prunes the change log.</param>
    public static IHostApplicationBuilder AddBdisSearch(this IHostApplicationBuilder builder, bool followChangeLog = true)
    {
        var services = builder.Services;
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.SectionName)
            .Validate(o => o.PollIntervalMs is > 0 and <= 60_000, "Bdis:Search:PollIntervalMs must be between 1 and 60000.")
            .Validate(o => o.ChangeLogRetentionHours >= 0, "Bdis:Search:ChangeLogRetentionHours must be 0 (keep forever) or more.")
            .Validate(o => o.PruneIntervalMinutes is > 0 and <= 10_080, "Bdis:Search:PruneIntervalMinutes must be between 1 and 10080.");
        services.AddSingleton(sp => new IndexManager(new IndexLocation(ResolveIndexDirectory(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IOptions<SearchOptions>>().Value))));
        services.AddSingleton(sp => SynonymSet.Load(DataFolder.Locate()));
        services.AddSingleton<InitiativeDocuments>();
        services.AddSingleton<TextQueryBuilder>();
        services.AddSingleton<FilterQueryBuilder>();
        services.AddSingleton<Suggester>();
        services.AddSingleton<PlaceWords>();
        services.AddSingleton<QueryInterpreter>();
        services.AddSingleton<IInitiativeSearch, LuceneInitiativeSearch>();
        services.AddSingleton(sp => new IndexBuilder(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<InitiativeDocuments>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<IndexBuilder>()));
        services.AddSingleton<ChangeApplier>();
        services.AddSingleton<IndexSynchronizer>();
        if (followChangeLog)
        {
            services.AddHostedService(sp => sp.GetRequiredService<IndexSynchronizer>());
            services.AddHostedService<ChangeLogPruner>();
        }

        return builder;
    }

    /// <summary>Bdis:Search:IndexDirectory, or "index" in the data directory.</summary>
    public static string ResolveIndexDirectory(IConfiguration configuration, SearchOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.IndexDirectory))
        {
            return Path.GetFullPath(options.IndexDirectory);
        }

        var data = configuration.GetSection(BdisDataOptions.SectionName).Get<BdisDataOptions>() ?? new BdisDataOptions();
        return Path.Combine(data.ResolveDataDirectory(), "index");
    }
}
