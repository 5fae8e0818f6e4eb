using Bdis.Cli.CommandLine;
using Bdis.Cli.Commands;
using Bdis.Core.Validation;
using Bdis.Data.Embedded;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bdis.Cli;

/// <summary>
/// The `bdis` command: finds the command named by the first words, runs it, and turns every failure into one clear
/// sentence. Exit codes: 0 done, 1 failed, 2 wrong usage.
/// </summary>
public static class CliApp
{
    public static IReadOnlyList<ICliCommand> Commands { get; } =
    [
        new NetworksAddCommand(),
        new NetworksListCommand(),
        new MigrateCommand(),
        new SeedDemoCommand(),
        new BoundariesLoadCommand(),
        new ReindexCommand(),
        new BenchSearchCommand(),
        new ImportInitiativesCommand(),
        new ExportInitiativesCommand(),
        new BenchImportCommand(),
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IConfiguration? configuration)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            await PrintUsageAsync(args.Length == 0 ? error : output);
            return args.Length == 0 ? 2 : 0;
        }

        var command = Commands
            .Where(c => c.Words.Count <= args.Length && c.Words.SequenceEqual(args.Take(c.Words.Count), StringComparer.Ordinal))
            .MaxBy(c => c.Words.Count);
        if (command is null)
        {
            await error.WriteLineAsync($"Unknown command '{string.Join(' ', args.Take(2))}'.");
            await PrintUsageAsync(error);
            return 2;
        }

        using var loggerFactory = LoggerFactory.Create(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter("Microsoft", LogLevel.Error));
        await using var context = new CliContext(configuration ?? LoadConfiguration(), output, error, loggerFactory);
        try
        {
            return await command.RunAsync(context, args.Skip(command.Words.Count).ToArray());
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync(e.Message);
            await error.WriteLineAsync($"Usage: bdis {command.Usage}");
            return 2;
        }
        catch (Exception e) when (Describe(e) is { } sentence)
        {
            await error.WriteLineAsync(sentence);
            return 1;
        }
    }

    /// <summary>Same sources as the web host: appsettings.json, then environment variables (ConnectionStrings__Bdis…).</summary>
    public static IConfiguration LoadConfiguration() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();

    private static string? Describe(Exception e) => e switch
    {
        BdisValidationException v => v.Message,
        Bdis.Import.Reading.ImportFileException f => f.Message,
        EmbeddedPostgresException p => p.Message,
        PostgresException pg => $"The database refused the operation: {pg.MessageText}",
        NpgsqlException n => $"Cannot reach the database: {n.InnerException?.Message ?? n.Message}",
        InvalidDataException d => d.Message,
        IOException io => io.Message,
        UnauthorizedAccessException a => a.Message,
        InvalidOperationException o => o.Message,
        _ => $"Unexpected failure: {e.Message}",
    };

    private static async Task PrintUsageAsync(TextWriter writer)
    {
        await writer.WriteLineAsync("Usage: bdis COMMAND [ARGS]");
        await writer.WriteLineAsync();
        foreach (var c in Commands)
        {
            await writer.WriteLineAsync($"  {c.Usage,-70} {c.Summary}");
        }

        await writer.WriteLineAsync();
        await writer.WriteLineAsync("Configuration: ConnectionStrings__Bdis (an external PostgreSQL with PostGIS) or Bdis__DataDirectory (the embedded cluster's folder, default .bdis).");
    }
}
