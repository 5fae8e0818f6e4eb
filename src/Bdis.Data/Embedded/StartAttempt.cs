using Bdis.Data.Hosting;
using Bdis.Data.Resources;

namespace Bdis.Data.Embedded;

/// <summary>
/// What one start of the cluster creates on disk. It is checked before anything is made (a data folder that is a
/// file, a parent the cluster's account cannot cross, a parent that cannot be written), and what it made is removed
/// again if the start fails, so that a failed start leaves no half-made folder. What existed before is never removed.
/// </summary>
internal sealed class StartAttempt
{
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(30);
    private readonly List<string> _created = [];

    private StartAttempt()
    {
    }

    /// <summary>Fails with one sentence when <paramref name="clusterDirectory"/> cannot be made or reached.</summary>
    public static async Task<StartAttempt> CheckAsync(string rootDirectory, string clusterDirectory, ProcessRunner runner, CancellationToken ct)
    {
        var existing = NearestExisting(clusterDirectory);
        if (File.Exists(existing))
        {
            throw new EmbeddedPostgresException(FailureSentence.Format(Messages.DataFolderIsFile, existing));
        }

        // As root the cluster runs as an unprivileged account: every folder above it must let that account through.
        // Checked as that account, before anything is created.
        if (runner.RunAsUser is { } user)
        {
            var (code, _) = await runner.RunAsync("test", ["-x", existing], CheckTimeout, ct);
            if (code != 0)
            {
                throw new EmbeddedPostgresException(FailureSentence.Format(Messages.DataFolderUnreachable, user, rootDirectory));
            }
        }

        return new StartAttempt();
    }

    /// <summary>Creates the folder and those above it that are missing, remembering which ones it made.</summary>
    public void CreateDirectory(string path)
    {
        var missing = new Stack<string>();
        for (var dir = Path.GetFullPath(path); !Directory.Exists(dir); dir = Path.GetDirectoryName(dir)!)
        {
            missing.Push(dir);
        }

        while (missing.TryPop(out var dir))
        {
            try
            {
                Directory.CreateDirectory(dir);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                throw new EmbeddedPostgresException(
                    FailureSentence.Format(Messages.DataFolderNotWritable, path, Path.GetDirectoryName(dir)), e);
            }

            _created.Add(dir);
        }
    }

    /// <summary>Creates an empty file if it is missing, remembering it.</summary>
    public void CreateFile(string path)
    {
        if (!File.Exists(path))
        {
            File.WriteAllBytes(path, []);
            _created.Add(path);
        }
    }

    /// <summary>Remembers a file the caller made.</summary>
    public void Made(string path) => _created.Add(path);

    /// <summary>Removes what this attempt made, the deepest first. Best effort: the start has failed already.</summary>
    public void RollBack()
    {
        for (var i = _created.Count - 1; i >= 0; i--)
        {
            try
            {
                if (Directory.Exists(_created[i]))
                {
                    Directory.Delete(_created[i], recursive: true);
                }
                else
                {
                    File.Delete(_created[i]);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left behind; the start's own failure is what gets reported.
            }
        }

        _created.Clear();
    }

    private static string NearestExisting(string path)
    {
        var dir = Path.GetFullPath(path);
        while (!Directory.Exists(dir) && !File.Exists(dir) && Path.GetDirectoryName(dir) is { } parent)
        {
            dir = parent;
        }

        return dir;
    }
}
