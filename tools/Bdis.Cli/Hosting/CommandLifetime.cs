using Microsoft.Extensions.Hosting;

namespace Bdis.Cli.Hosting;

/// <summary>
/// The host of one command lives as long as the command: it does not wait for Ctrl-C as a server's console lifetime
/// does (which would swallow it). Ctrl-C and SIGTERM cancel the running command instead (Program.cs).
/// </summary>
internal sealed class CommandLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
