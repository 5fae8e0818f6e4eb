using Bdis.Core.Reference;
using Bdis.Data;
using Bdis.Data.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Bdis.Cli.Commands;

/// <summary>What every command may use: output, configuration, and the database opened on first use.</summary>
public sealed class CliContext(IConfiguration configuration, TextWriter output, TextWriter error, ILoggerFactory loggerFactory) : IAsyncDisposable
{
    private BdisDatabase? _database;
    private Referentials? _referentials;

    public IConfiguration Configuration { get; } = configuration;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public ILoggerFactory LoggerFactory { get; } = loggerFactory;

    public Referentials Referentials => _referentials ??= Referentials.Load();

    /// <summary>The configured database, or the embedded cluster (reused if the web host is running), migrated.</summary>
    public async Task<BdisDatabase> DatabaseAsync(CancellationToken ct = default)
    {
        if (_database is null)
        {
            var logger = LoggerFactory.CreateLogger("bdis");
            _database = await BdisDatabase.OpenAsync(Configuration, logger, ct);
            await DatabaseMigrator.MigrateAsync(_database.ConnectionString, logger, ct);
        }

        return _database;
    }

    public async Task<BdisDbContext> CreateDbContextAsync(CancellationToken ct = default) =>
        BdisDbContextOptions.CreateContext((await DatabaseAsync(ct)).ConnectionString);

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
