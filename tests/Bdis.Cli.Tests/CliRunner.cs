using System.Globalization;
using Bdis.Data.Hosting;
using Microsoft.Extensions.Configuration;

namespace Bdis.Cli.Tests;

/// <summary>Runs the `bdis` command in-process against a test database and captures what it prints (French unless told).</summary>
internal static class CliRunner
{
    public static Task<(int Exit, string Out, string Err)> RunAsync(string connectionString, params string[] args) =>
        RunInAsync(ConsoleLanguage.French, connectionString, args);

    public static Task<(int Exit, string Out, string Err)> RunInAsync(CultureInfo language, string connectionString, params string[] args) =>
        RunWithAsync(new Dictionary<string, string?> { ["ConnectionStrings:Bdis"] = connectionString }, language, args);

    /// <summary>With more configuration than the connection string (e.g. Bdis:DataDirectory).</summary>
    public static Task<(int Exit, string Out, string Err)> RunWithAsync(IDictionary<string, string?> settings, params string[] args) =>
        RunWithAsync(settings, ConsoleLanguage.French, args);

    public static async Task<(int Exit, string Out, string Err)> RunWithAsync(IDictionary<string, string?> settings, CultureInfo language, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error, configuration, language);
        return (exit, Plain(output.ToString()), Plain(error.ToString()));
    }

    /// <summary>French typography puts a no-break space before ':' (System.CommandLine's French does): tests compare words.</summary>
    public static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
