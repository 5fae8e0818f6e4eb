using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

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

    public static async Task<HostProcess> StartAsync(string dataDirectory)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(WebDll())!,
        };
        info.ArgumentList.Add(WebDll());
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(address.ToString());
        info.Environment.Remove("ConnectionStrings__Bdis");
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
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} before it was healthy.");
            }

            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
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

            await Task.Delay(250);
        }

        throw new TimeoutException("The host did not answer /healthz within 120 s.");
    }

    private static string WebDll()
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var dll = Path.Combine(dir.FullName, "src", "Bdis.Web", "bin", configuration, "net10.0", "Bdis.Web.dll");
            if (File.Exists(dll))
            {
                return dll;
            }
        }

        throw new FileNotFoundException("Bdis.Web.dll was not built.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
