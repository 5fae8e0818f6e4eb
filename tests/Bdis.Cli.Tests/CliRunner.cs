using Microsoft.Extensions.Configuration;

namespace Bdis.Cli.Tests;

/// <summary>Runs the `bdis` command in-process against a test database and captures what it prints.</summary>
internal static class CliRunner
{
    public static Task<(int Exit, string Out, string Err)> RunAsync(string connectionString, params string[] args) =>
        RunWithAsync(new Dictionary<string, string?> { ["ConnectionStrings:Bdis"] = connectionString }, args);

    /// <summary>With more configuration than the connection string (e.g. Bdis:DataDirectory).</summary>
    public static async Task<(int Exit, string Out, string Err)> RunWithAsync(IDictionary<string, string?> settings, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error, configuration);
        return (exit, output.ToString(), error.ToString());
    }
}
