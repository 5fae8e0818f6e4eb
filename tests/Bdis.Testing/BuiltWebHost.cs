using System.Net;
using System.Net.Sockets;

namespace Bdis.Testing;

/// <summary>What the tests that run the real host as a process need: the built Bdis.Web.dll and a free local port.</summary>
public static class BuiltWebHost
{
    /// <summary>The host built in the same configuration as the running tests, found by walking up to the repository.</summary>
    public static string WebDll()
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

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
