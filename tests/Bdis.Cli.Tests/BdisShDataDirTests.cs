using System.Runtime.Versioning;

namespace Bdis.Cli.Tests;

/// <summary>
/// `./bdis.sh data-dir`: the check `./bdis.sh run` makes before building. A clone whose folder the `postgres`
/// account (which runs the embedded cluster for root) can reach keeps its `.bdis`; a clone under a private folder
/// (root's home) gets a folder of its own under BDIS_STATE_ROOT, said on standard error, and nothing is made yet.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class BdisShDataDirTests : IDisposable
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode Open = Private | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private readonly string _folder = Directory.CreateTempSubdirectory("bdis-sh-").FullName;

    public BdisShDataDirTests() => File.SetUnixFileMode(_folder, Open);

    private string StateRoot => Path.Combine(_folder, "state");

    [Fact]
    public async Task A_clone_the_postgres_account_can_reach_keeps_its_own_data_folder()
    {
        var clone = Clone("open", Open);
        var (exit, output, error) = await DataDirAsync(clone);
        Assert.True(exit == 0, error);
        Assert.Equal(Path.Combine(clone, ".bdis"), output.Trim());
        Assert.Empty(error);
    }

    [Fact]
    public async Task A_clone_under_a_private_folder_gets_a_reachable_folder_of_its_own_and_says_where()
    {
        var clone = Clone("home", Private);
        var (exit, output, error) = await DataDirAsync(clone);
        Assert.True(exit == 0, error);
        if (Environment.IsPrivilegedProcess)
        {
            var chosen = output.Trim();
            Assert.Matches($"^{StateRoot}/[0-9a-f]{{16}}$", chosen);
            Assert.Contains($"{clone}/.bdis cannot hold the database", error);
            Assert.Contains($"The data is kept in {chosen} instead.", error);
            Assert.False(Directory.Exists(StateRoot), "the check makes nothing");
            Assert.Equal(chosen, (await DataDirAsync(clone)).Out.Trim());
        }
        else
        {
            // The cluster runs as this user, who can reach its own private folder.
            Assert.Equal(Path.Combine(clone, ".bdis"), output.Trim());
        }
    }

    [Fact]
    public async Task A_data_folder_given_that_cannot_hold_the_database_stops_with_one_sentence()
    {
        var clone = Clone("given", Open);
        var file = Path.Combine(_folder, "a-file");
        await File.WriteAllTextAsync(file, string.Empty);
        var (exit, output, error) = await DataDirAsync(clone, file);
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal($"[bdis] Bdis__DataDirectory={file} cannot hold the database: {file} is a file.", error.Trim());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A folder with a copy of bdis.sh, as a clone would have it, under a parent of the given mode.</summary>
    private string Clone(string parent, UnixFileMode mode)
    {
        var parentPath = Directory.CreateDirectory(Path.Combine(_folder, parent)).FullName;
        File.SetUnixFileMode(parentPath, mode);
        var clone = Directory.CreateDirectory(Path.Combine(parentPath, "bdis")).FullName;
        File.Copy(Path.Combine(RepositoryRoot(), "bdis.sh"), Path.Combine(clone, "bdis.sh"));
        return clone;
    }

    private Task<(int Exit, string Out, string Err)> DataDirAsync(string clone, string? dataDirectory = null) =>
        CliProcess.RunAsync("bash", [Path.Combine(clone, "bdis.sh"), "data-dir"], new Dictionary<string, string?>
        {
            ["BDIS_STATE_ROOT"] = StateRoot,
            ["Bdis__DataDirectory"] = dataDirectory,
        });

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "bdis.sh")))
            {
                return dir.FullName;
            }
        }

        throw new FileNotFoundException("bdis.sh not found above the test folder.");
    }
}
