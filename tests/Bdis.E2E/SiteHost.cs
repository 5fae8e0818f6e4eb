using System.Diagnostics;
using System.Text.Json;
using Bdis.Testing;

namespace Bdis.E2E;

/// <summary>
/// The built web host as a real process on its own PostgreSQL database (demo data seeded, index built), as
/// `./bdis.sh run` starts it. Tiles point at a closed local port: no network, and the page must cope without them.
/// </summary>
public class SiteHost : IAsyncLifetime
{
    private Process? _process;
    private string _connectionString = string.Empty;
    private string _dataDirectory = string.Empty;

    public Uri Address { get; private set; } = null!;

    public string Url(string path) => new Uri(Address, path).ToString();

    public string ConnectionString => _connectionString;

    /// <summary>Documents the index must hold before tests start.</summary>
    protected virtual long MinimumDocuments => 1;

    protected virtual TimeSpan StartTimeout => TimeSpan.FromSeconds(180);

    /// <summary>Runs before the host starts (the host seeds the demo data itself into an empty database).</summary>
    protected virtual Task PrepareDatabaseAsync(string connectionString) => Task.CompletedTask;

    public virtual async Task InitializeAsync()
    {
        _connectionString = await TestCluster.CreateDatabaseAsync("e2e");
        await PrepareDatabaseAsync(_connectionString);
        _dataDirectory = Directory.CreateTempSubdirectory("bdis-e2e-").FullName;
        Address = new Uri($"http://127.0.0.1:{BuiltWebHost.FreePort()}");
        var web = BuiltWebHost.WebDll();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(web)!,
        };
        foreach (var arg in new[] { web, "--contentRoot", Path.GetDirectoryName(web)!, "--urls", Address.ToString() })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ConnectionStrings__Bdis"] = _connectionString;
        info.Environment["Bdis__DataDirectory"] = _dataDirectory;
        info.Environment["Bdis__SeedDemoData"] = "true";
        info.Environment["Bdis__Map__TileUrl"] = "http://127.0.0.1:9/{z}/{x}/{y}.png";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilIndexedAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (_connectionString.Length > 0)
        {
            await TestCluster.DropDatabaseAsync(_connectionString);
        }
        try
        {
            if (_dataDirectory.Length > 0)
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
        }
    }

    private async Task WaitUntilIndexedAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode}.");
            }

            try
            {
                using var health = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
                if (health.RootElement.TryGetProperty("searchIndex", out var index)
                    && index.TryGetProperty("documents", out var documents) && documents.GetInt64() >= MinimumDocuments
                    && index.TryGetProperty("pendingChanges", out var pending) && pending.GetInt64() == 0)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(300);
        }

        throw new TimeoutException($"The host did not report an up-to-date index within {StartTimeout.TotalSeconds} s.");
    }
}
