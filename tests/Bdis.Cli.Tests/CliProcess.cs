using System.Diagnostics;

namespace Bdis.Cli.Tests;

/// <summary>Runs a program as its own process, as a person would from a shell, with a chosen environment.</summary>
internal static class CliProcess
{
    /// <summary>The settings a test must choose itself are removed from the inherited environment.</summary>
    private static readonly string[] Cleared = ["ConnectionStrings__Bdis", "Bdis__DataDirectory", "BDIS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];

    /// <summary>The built `bdis` (copied beside the tests by the project reference).</summary>
    public static Task<(int Exit, string Out, string Err)> BdisAsync(IDictionary<string, string?> environment, params string[] args) =>
        RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "bdis.dll"), .. args], environment);

    public static async Task<(int Exit, string Out, string Err)> RunAsync(string program, IEnumerable<string> args, IDictionary<string, string?> environment)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var name in Cleared)
        {
            info.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, CliRunner.Plain(await output), CliRunner.Plain(await error));
    }
}
