using Bdis.Data.Hosting;
using Bdis.Search.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Bdis.Cli.Hosting;

/// <summary>
/// The generic host a command runs in: the web host's configuration sources and the same AddBdis… registrations,
/// without what only a serving host does (demo data loaded into an empty store, the index following the change log).
/// Starting it opens the database (the embedded cluster if need be) and migrates it, as the web host's start does.
/// </summary>
public static class CliHost
{
    /// <param name="configuration">Null: appsettings.json beside the program, then environment variables (like the web host).
    /// Given (tests): that configuration alone.</param>
    /// <param name="settings">What the command's options stand for, over everything else.</param>
    public static IHost Build(IConfiguration? configuration, IEnumerable<KeyValuePair<string, string?>> settings, CliConsole console)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ApplicationName = "bdis",
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (configuration is null)
        {
            builder.Configuration.AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables();
        }
        else
        {
            builder.Configuration.AddConfiguration(configuration);
        }

        // A command never loads the demo data by itself (`bdis seed-demo` does, on request).
        builder.Configuration.AddInMemoryCollection([new("Bdis:SeedDemoData", "false"), .. settings]);
        ConfigureLogging(builder);
        builder.AddBdisData();
        builder.AddBdisSearch(followChangeLog: false);
        builder.Services.AddSingleton(console);
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        return builder.Build();
    }

    /// <summary>
    /// Warnings and errors on standard error (standard output is the command's result, e.g. JSON). A failure is one
    /// sentence printed by the CLI, so the framework's own error entries (with their stack traces) are left out;
    /// Bdis:Cli:LogLevel (Bdis__Cli__LogLevel=Debug) shows everything, the failures' details included.
    /// </summary>
    private static void ConfigureLogging(HostApplicationBuilder builder)
    {
        var level = builder.Configuration.GetValue("Bdis:Cli:LogLevel", LogLevel.Warning);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(level);
        if (level >= LogLevel.Warning)
        {
            builder.Logging.AddFilter("Microsoft", LogLevel.Error);
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
            builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
        }
    }
}
