using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using Bdis.Testing;

namespace Bdis.Web.Tests;

/// <summary>The built web host run as a real process with the embedded database, as `./bdis.sh run` does.</summary>
internal sealed partial class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <param name="connectionString">An external database; without it the host starts its embedded cluster.</param>
    public static async Task<HostProcess> StartAsync(string dataDirectory, string? connectionString = null)
    {
        var address = new Uri($"http://127.0.0.1:{BuiltWebHost.FreePort()}");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(BuiltWebHost.WebDll())!,
        };
        info.ArgumentList.Add(BuiltWebHost.WebDll());
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(address.ToString());
        info.Environment.Remove("ConnectionStrings__Bdis");
        if (connectionString is not null)
        {
            info.Environment["ConnectionStrings__Bdis"] = connectionString;
        }

        info.Environment["Bdis__DataDirectory"] = dataDirectory;
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, address);
        await host.WaitUntilHealthyAsync();
        return host;
    }

    public async Task<string> GetAsync(string path)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        return await client.GetStringAsync(path);
    }

    /// <summary>SIGTERM, as systemd or Ctrl-C would: the host stops and stops its cluster.</summary>
    public async Task<int> TerminateAsync()
    {
        _ = Kill(_process.Id, 15);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>kill -9: no shutdown code runs at all.</summary>
    public async Task KillHardAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await TerminateAsync();
        }

        _process.Dispose();
    }

    public static void SignalKill(int pid) => _ = Kill(pid, 9);

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.TrueAsync(async () =>
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} before it was healthy.");
            }

            try
            {
                return (await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }, "the host answers /healthz with 200", 120);
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
