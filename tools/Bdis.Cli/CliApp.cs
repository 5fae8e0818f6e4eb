using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using Bdis.Cli.CommandLine;
using Bdis.Cli.Commands;
using Bdis.Cli.Hosting;
using Bdis.Core.Validation;
using Bdis.Data.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bdis.Cli;

/// <summary>
/// The `bdis` command: System.CommandLine reads the command line, the generic host (the web host's registrations)
/// runs the command, and every failure becomes one clear sentence. Exit codes: 0 done, 1 failed, 2 wrong usage
/// (the usage is printed).
/// </summary>
public static class CliApp
{
    /// <param name="configuration">Null: the process's configuration (appsettings.json, environment). Tests pass their own.</param>
    /// <param name="language">Null: from the environment (<see cref="ConsoleLanguage"/>).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IConfiguration? configuration,
        CultureInfo? language = null, CancellationToken ct = default)
    {
        // Set in this call's async flow only: the command, its messages and System.CommandLine's all follow it.
        CultureInfo.CurrentUICulture = language ?? ConsoleLanguage.FromEnvironment();
        var tree = new CliCommandTree(Commands());
        var parse = tree.Root.Parse(HelpWordAsOption(args));
        if (parse.Action is HelpAction)
        {
            CliHelp.Write(tree.Root, parse.CommandResult.Command, output);
            return 0;
        }

        if (parse.Errors.Count > 0 || tree.Find(parse.CommandResult.Command) is not { } command)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync(parseError.Message);
            }

            await error.WriteLineAsync();
            CliHelp.Write(tree.Root, parse.CommandResult.Command, error);
            return 2;
        }

        return await RunCommandAsync(command, parse, new CliConsole(output, error), configuration, ct);
    }

    private static IEnumerable<CliCommand> Commands() =>
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

    private static async Task<int> RunCommandAsync(CliCommand command, ParseResult parse, CliConsole console, IConfiguration? configuration,
        CancellationToken ct)
    {
        IHost? host = null;
        try
        {
            host = CliHost.Build(configuration, command.Settings(parse), console);
            await host.StartAsync(ct);
            await using var scope = host.Services.CreateAsyncScope();
            return await command.RunAsync(parse, scope.ServiceProvider, ct);
        }
        catch (Exception e)
        {
            host?.Services.GetService<ILoggerFactory>()?.CreateLogger("bdis").LogDebug(e, "The command failed");
            await console.Error.WriteLineAsync(Describe(e));
            return 1;
        }
        finally
        {
            if (host is not null)
            {
                // Closes the database (and stops the embedded cluster if this command started it).
                await host.StopAsync(CancellationToken.None);
                host.Dispose();
            }
        }
    }

    /// <summary>`bdis help [COMMAND…]` is `bdis [COMMAND…] --help`.</summary>
    private static string[] HelpWordAsOption(string[] args) => args is ["help", .. var rest] ? [.. rest, "--help"] : args;

    private static string Describe(Exception e) => e switch
    {
        BdisValidationException v => v.Message,
        Bdis.Import.Reading.ImportFileException f => f.Message,
        _ when FailureSentence.Describe(e) is { } sentence => sentence,
        InvalidDataException d => d.Message,
        IOException io => io.Message,
        UnauthorizedAccessException a => a.Message,
        InvalidOperationException o => o.Message,
        _ => FailureSentence.DescribeAny(e),
    };
}
