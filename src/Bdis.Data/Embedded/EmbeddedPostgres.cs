using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Bdis.Data.Hosting;
using Bdis.Data.Resources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Bdis.Data.Embedded;

/// <summary>
/// A private PostgreSQL cluster in a data folder: created with initdb on first use, started with pg_ctl on a free
/// loopback port, and stopped by whoever started it. A cluster left running by a process that was killed is found
/// through its postmaster.pid and reused; a cluster that died with it is restarted and recovers from its WAL.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(120);

    private readonly EmbeddedPostgresOptions _options;
    private readonly ILogger _logger;
    private readonly ProcessRunner _runner;
    private readonly string _binDirectory;
    private bool _stopped;

    private EmbeddedPostgres(EmbeddedPostgresOptions options, ILogger logger)
    {
        _options = options;
        _logger = logger;
        _binDirectory = PostgresBinaries.Locate(options.BinDirectory);
        _runner = new ProcessRunner(Environment.IsPrivilegedProcess ? options.UnprivilegedUser : null);
        RootDirectory = Path.GetFullPath(options.DataDirectory);
    }

    public string RootDirectory { get; }

    public string ClusterDirectory => Path.Combine(RootDirectory, "postgres");

    public int Port { get; private set; }

    /// <summary>True when this process started the server, and so will stop it.</summary>
    public bool StartedByUs { get; private set; }

    private string SocketDirectory => Path.Combine(RootDirectory, "run");

    private string LogFile => Path.Combine(RootDirectory, "postgres.log");

    public static async Task<EmbeddedPostgres> StartAsync(EmbeddedPostgresOptions options, ILogger? logger = null, CancellationToken ct = default)
    {
        var cluster = new EmbeddedPostgres(options, logger ?? NullLogger.Instance);
        await cluster.StartCoreAsync(ct);
        return cluster;
    }

    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = _options.Superuser,
        Database = database,
    }.ConnectionString;

    public async Task StopAsync()
    {
        if (_stopped || !StartedByUs)
        {
            return;
        }

        _stopped = true;
        _logger.LogInformation("Stopping the embedded PostgreSQL cluster in {Directory}", ClusterDirectory);
        var (code, output) = await _runner.RunAsync(Tool("pg_ctl"), ["stop", "-D", ClusterDirectory, "-m", "fast", "-w", "-t", "60"], ToolTimeout, CancellationToken.None);
        if (code != 0 && !output.Contains("not running", StringComparison.OrdinalIgnoreCase))
        {
            _logger.LogWarning("pg_ctl stop said: {Output}", output);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task StartCoreAsync(CancellationToken ct)
    {
        var attempt = await StartAttempt.CheckAsync(RootDirectory, ClusterDirectory, _runner, ct);
        try
        {
            attempt.CreateDirectory(RootDirectory);
            await using var startLock = await AcquireStartLockAsync(attempt, ct);
            await StartLockedAsync(attempt, ct);
        }
        catch
        {
            attempt.RollBack();
            throw;
        }
    }

    private async Task StartLockedAsync(StartAttempt attempt, CancellationToken ct)
    {
        await PrepareDirectoriesAsync(attempt, ct);
        if (!File.Exists(Path.Combine(ClusterDirectory, "PG_VERSION")))
        {
            await InitDbAsync(ct);
        }

        if (RunningServerPort() is { } runningPort && await AcceptsConnectionsAsync(runningPort, ct))
        {
            Port = runningPort;
            _logger.LogInformation("Reusing the PostgreSQL cluster already running in {Directory} on port {Port}", ClusterDirectory, Port);
            return;
        }

        RemoveStalePidFile();
        Port = FreePort();
        var settings = new Dictionary<string, string>(_options.ServerSettings)
        {
            ["port"] = Port.ToString(CultureInfo.InvariantCulture),
            ["listen_addresses"] = "'127.0.0.1'",
            ["unix_socket_directories"] = $"'{SocketDirectory}'",
        };
        var serverOptions = string.Join(' ', settings.Select(s => $"-c {s.Key}={s.Value}"));
        var (code, output) = await _runner.RunAsync(Tool("pg_ctl"),
            ["start", "-D", ClusterDirectory, "-l", LogFile, "-w", "-t", "90", "-o", serverOptions], ToolTimeout, ct);
        if (code != 0)
        {
            _logger.LogDebug("pg_ctl start said: {Output}", output);
            throw new EmbeddedPostgresException(FailureSentence.Format(Messages.ClusterDidNotStart, ClusterDirectory, ServerLog.Reason(LogFile, output)));
        }

        StartedByUs = true;
        _logger.LogInformation("Started the embedded PostgreSQL cluster in {Directory} on port {Port}", ClusterDirectory, Port);
    }

    private async Task PrepareDirectoriesAsync(StartAttempt attempt, CancellationToken ct)
    {
        attempt.CreateDirectory(ClusterDirectory);
        attempt.CreateDirectory(SocketDirectory);
        attempt.CreateFile(LogFile);
        if (_runner.RunAsUser is { } user)
        {
            var (code, output) = await RunPlainAsync("chown", ["-R", $"{user}:", ClusterDirectory, SocketDirectory, LogFile], ct);
            if (code != 0)
            {
                throw new EmbeddedPostgresException(FailureSentence.Format(Messages.ClusterChownFailed, ClusterDirectory, user, output));
            }

            var (access, _) = await _runner.RunAsync("test", ["-w", ClusterDirectory], ToolTimeout, ct);
            if (access != 0)
            {
                throw new EmbeddedPostgresException(FailureSentence.Format(Messages.DataFolderUnreachable, user, RootDirectory));
            }
        }

        if (!Environment.IsPrivilegedProcess && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(ClusterDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private async Task InitDbAsync(CancellationToken ct)
    {
        if (Directory.EnumerateFileSystemEntries(ClusterDirectory).Any())
        {
            throw new EmbeddedPostgresException(FailureSentence.Format(Messages.ClusterFolderNotEmpty, ClusterDirectory));
        }

        _logger.LogInformation("Creating the embedded PostgreSQL cluster in {Directory}", ClusterDirectory);
        var (code, output) = await _runner.RunAsync(Tool("initdb"),
            ["-D", ClusterDirectory, "-U", _options.Superuser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-instructions"],
            ToolTimeout, ct);
        if (code != 0)
        {
            _logger.LogDebug("initdb said: {Output}", output);
            throw new EmbeddedPostgresException(FailureSentence.Format(Messages.InitDbFailed, ClusterDirectory, ServerLog.Reason(null, output)));
        }
    }

    /// <summary>The port in postmaster.pid when the server process it names is alive; null otherwise.</summary>
    private int? RunningServerPort()
    {
        var pidFile = Path.Combine(ClusterDirectory, "postmaster.pid");
        string[] lines;
        try
        {
            lines = File.ReadAllLines(pidFile);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        if (lines.Length < 4 || !int.TryParse(lines[0], out var pid) || !int.TryParse(lines[3], out var port))
        {
            return null;
        }

        return IsPostgresProcess(pid) ? port : null;
    }

    private void RemoveStalePidFile()
    {
        var pidFile = Path.Combine(ClusterDirectory, "postmaster.pid");
        if (File.Exists(pidFile) && RunningServerPort() is null)
        {
            // The server that wrote it is gone (killed, or the machine restarted). PostgreSQL would refuse to
            // start if the number now belonged to some other process, so the file goes; WAL recovery does the rest.
            if (File.ReadAllLines(pidFile) is [var first, ..] && int.TryParse(first, out var pid) && !IsPostgresProcess(pid))
            {
                File.Delete(pidFile);
            }
        }
    }

    private static bool IsPostgresProcess(int pid)
    {
        try
        {
            var comm = File.ReadAllText($"/proc/{pid}/comm").Trim();
            return comm.StartsWith("postgres", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private async Task<bool> AcceptsConnectionsAsync(int port, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            try
            {
                var builder = new NpgsqlConnectionStringBuilder
                {
                    Host = "127.0.0.1", Port = port, Username = _options.Superuser, Database = "postgres", Timeout = 5, Pooling = false,
                };
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(ct);
                return true;
            }
            catch (NpgsqlException)
            {
                // Starting up or in crash recovery: wait a little.
                await Task.Delay(500, ct);
            }
        }

        return false;
    }

    private async Task<FileStream> AcquireStartLockAsync(StartAttempt attempt, CancellationToken ct)
    {
        var path = Path.Combine(RootDirectory, "start.lock");
        var existed = File.Exists(path);
        for (var tries = 0; ; tries++)
        {
            try
            {
                var startLock = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                if (!existed)
                {
                    attempt.Made(path);
                }

                return startLock;
            }
            catch (IOException) when (tries < 600)
            {
                // Another Bdis process (the host, the CLI) is starting the same cluster.
                await Task.Delay(200, ct);
            }
        }
    }

    private string Tool(string name) => Path.Combine(_binDirectory, name);

    private static Task<(int, string)> RunPlainAsync(string program, string[] arguments, CancellationToken ct) =>
        new ProcessRunner(null).RunAsync(program, arguments, ToolTimeout, ct);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
