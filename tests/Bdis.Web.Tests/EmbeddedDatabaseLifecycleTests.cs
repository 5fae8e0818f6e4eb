using System.Text.Json;
using Bdis.Testing;

namespace Bdis.Web.Tests;

/// <summary>
/// The host as a real process on its own embedded cluster: data survives a clean restart, a kill -9 of the host, and a
/// kill -9 of the host and the database server together (as after a power cut). It warms itself up before reporting ready.
/// </summary>
public sealed class EmbeddedDatabaseLifecycleTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"bdis-lifecycle-{Guid.NewGuid():N}");

    [Fact]
    public async Task Data_survives_restart_and_kill_9_and_the_cluster_stops_with_the_host()
    {
        long seeded;
        await using (var first = await HostProcess.StartAsync(_dataDirectory))
        {
            var health = await first.GetAsync("/healthz");
            seeded = InitiativeCount(health);
            // Ready only once the home page and the first clusters have been served to the host itself.
            var warmUp = JsonDocument.Parse(health).RootElement.GetProperty("warmUp");
            Assert.Equal("done", warmUp.GetProperty("status").GetString());
            Assert.True(warmUp.GetProperty("milliseconds").GetInt64() > 0);
            Assert.True(seeded >= 300, $"demo data loaded on first start ({seeded})");
            Assert.Equal(0, await first.TerminateAsync());
        }

        Assert.Null(PostmasterPid()); // stopped cleanly with the host

        var second = await HostProcess.StartAsync(_dataDirectory);
        Assert.Equal(seeded, InitiativeCount(await second.GetAsync("/healthz"))); // kept, and not seeded twice
        var postmaster = PostmasterPid();
        Assert.NotNull(postmaster);
        await second.KillHardAsync();

        await using (var third = await HostProcess.StartAsync(_dataDirectory))
        {
            Assert.Equal(seeded, InitiativeCount(await third.GetAsync("/healthz")));
            // Power cut: the server dies too, without a clean shutdown; the next start must recover from the WAL.
            var pid = PostmasterPid()!.Value;
            HostProcess.SignalKill(pid);
            await third.KillHardAsync();
            await WaitUntilGoneAsync(pid);
        }

        await using var fourth = await HostProcess.StartAsync(_dataDirectory);
        Assert.Equal(seeded, InitiativeCount(await fourth.GetAsync("/healthz")));
        var list = JsonDocument.Parse(await fourth.GetAsync("/api/initiatives?pageSize=5")).RootElement;
        Assert.Equal(5, list.GetProperty("items").GetArrayLength());
    }

    public void Dispose()
    {
        if (PostmasterPid() is { } pid)
        {
            HostProcess.SignalKill(pid);
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static long InitiativeCount(string healthJson) =>
        JsonDocument.Parse(healthJson).RootElement.GetProperty("database").GetProperty("initiatives").GetInt64();

    private int? PostmasterPid()
    {
        var file = Path.Combine(_dataDirectory, "postgres", "postmaster.pid");
        if (!File.Exists(file) || !int.TryParse(File.ReadLines(file).FirstOrDefault(), out var pid))
        {
            return null;
        }

        return Directory.Exists($"/proc/{pid}") ? pid : null;
    }

    private static async Task WaitUntilGoneAsync(int pid) =>
        await Eventually.TrueAsync(() => !Directory.Exists($"/proc/{pid}"), $"process {pid} has exited", 60);
}
