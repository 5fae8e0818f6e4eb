using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using Bdis.Testing;

namespace Bdis.Web.Tests;

/// <summary>The built web host, run as `./bdis.sh run` runs it, when it cannot start: one sentence, exit 1, no stack trace.</summary>
[SupportedOSPlatform("linux")]
public sealed class StartupFailureTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bdis-web-start-").FullName;

    [Fact]
    public async Task A_data_folder_that_is_a_file_is_one_french_sentence_and_exit_1()
    {
        var file = Path.Combine(_folder, "data.txt");
        await File.WriteAllTextAsync(file, string.Empty);
        var (exit, output, error) = await RunAsync(new() { ["Bdis__DataDirectory"] = file, ["LANG"] = "C.UTF-8" });
        Assert.Equal(1, exit);
        Assert.Equal($"Le dossier de données {file} est un fichier : indiquez un dossier avec Bdis__DataDirectory.", Plain(error).Trim());
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_database_is_one_english_sentence_when_the_environment_asks_and_exit_1()
    {
        var (exit, output, error) = await RunAsync(new()
        {
            ["ConnectionStrings__Bdis"] = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2",
            ["Bdis__DataDirectory"] = _folder,
            ["BDIS_LANG"] = "en",
        });
        Assert.Equal(1, exit);
        Assert.StartsWith("Cannot reach the database: ", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_address_is_one_sentence_and_the_embedded_cluster_started_for_it_is_stopped()
    {
        // The cluster's account (postgres, when the tests run as root) must be able to cross the temporary folder.
        File.SetUnixFileMode(_folder, (UnixFileMode)0b111_101_101);
        var data = Path.Combine(_folder, "data");
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        var (exit, output, error) = await RunAsync(new() { ["Bdis__DataDirectory"] = data, ["BDIS_LANG"] = "fr" }, url);

        Assert.Equal(1, exit);
        Assert.StartsWith("L'adresse d'écoute est déjà prise (", Plain(error), StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data, "postgres", "PG_VERSION")), "the cluster had started");
        Assert.False(File.Exists(Path.Combine(data, "postgres", "postmaster.pid")), "the cluster is still running");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Plain(string text) => text.Replace('\u00A0', ' ');

    private static async Task<(int Exit, string Out, string Err)> RunAsync(Dictionary<string, string> environment, string? url = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(BuiltWebHost.WebDll())!,
        };
        info.ArgumentList.Add(BuiltWebHost.WebDll());
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(url ?? $"http://127.0.0.1:{BuiltWebHost.FreePort()}");
        foreach (var name in new[] { "ConnectionStrings__Bdis", "Bdis__DataDirectory", "BDIS_LANG", "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            info.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
