using System.Runtime.Versioning;

namespace Bdis.Cli.Tests;

/// <summary>
/// The real `bdis` process when it cannot start: one sentence in the console language, exit 1, no stack trace on
/// the console, and no half-made folder left behind.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class StartupFailureTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bdis-cli-start-").FullName;

    // A temporary folder is private (700); the cluster's account must be able to cross it.
    public StartupFailureTests() => File.SetUnixFileMode(_folder, (UnixFileMode)0b111_101_101);

    [Theory]
    [InlineData("fr", "Le dossier de données ")]
    [InlineData("en", "The data folder ")]
    public async Task A_data_folder_that_is_a_file_is_one_sentence_and_exit_1(string language, string sentence)
    {
        var file = Path.Combine(_folder, "data.txt");
        await File.WriteAllTextAsync(file, "not a folder");
        var result = await CliProcess.BdisAsync(new Dictionary<string, string?> { ["Bdis__DataDirectory"] = file, ["BDIS_LANG"] = language },
            "networks", "list");
        AssertOneSentence(result, sentence);
        Assert.Equal("not a folder", await File.ReadAllTextAsync(file));
    }

    [Theory]
    [InlineData("fr_FR.UTF-8", "Impossible de joindre la base de données : ")]
    [InlineData("en_GB.UTF-8", "Cannot reach the database: ")]
    public async Task An_unreachable_database_is_one_sentence_and_exit_1(string lang, string sentence)
    {
        var result = await CliProcess.BdisAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings__Bdis"] = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2",
            ["LANG"] = lang,
        }, "migrate");
        AssertOneSentence(result, sentence);
    }

    [Fact]
    public async Task A_data_folder_out_of_the_cluster_accounts_reach_is_refused_before_anything_is_made()
    {
        // As root the cluster runs as `postgres`, which cannot cross a private (700) folder of root's; as another
        // user the same folder is reachable, so the test takes away the right to write in it instead.
        var closed = Path.Combine(_folder, "closed");
        Directory.CreateDirectory(closed);
        var root = Environment.IsPrivilegedProcess;
        File.SetUnixFileMode(closed, root
            ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            : UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var data = Path.Combine(closed, "clone", ".bdis");
        try
        {
            var result = await CliProcess.BdisAsync(new Dictionary<string, string?> { ["Bdis__DataDirectory"] = data, ["BDIS_LANG"] = "fr" }, "migrate");
            AssertOneSentence(result, root ? "Le compte « postgres », qui fait tourner PostgreSQL, ne peut pas atteindre " : "Le dossier de données ");
            Assert.Empty(Directory.EnumerateFileSystemEntries(closed));
        }
        finally
        {
            File.SetUnixFileMode(closed, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public async Task A_failed_start_removes_what_it_made_and_keeps_what_was_there()
    {
        var data = Path.Combine(_folder, "data");
        var cluster = Directory.CreateDirectory(Path.Combine(data, "postgres")).FullName;
        await File.WriteAllTextAsync(Path.Combine(cluster, "notes.txt"), "someone's notes");

        var result = await CliProcess.BdisAsync(new Dictionary<string, string?> { ["Bdis__DataDirectory"] = data, ["BDIS_LANG"] = "en" }, "migrate");

        AssertOneSentence(result, $"{cluster} is not empty but holds no PostgreSQL cluster");
        Assert.Equal([cluster], Directory.EnumerateFileSystemEntries(data));
        Assert.Equal([Path.Combine(cluster, "notes.txt")], Directory.EnumerateFileSystemEntries(cluster));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void AssertOneSentence((int Exit, string Out, string Err) result, string start)
    {
        Assert.True(result.Exit == 1, $"exit {result.Exit}: {result.Err}");
        Assert.StartsWith(start, result.Err, StringComparison.Ordinal);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.Empty(result.Out);
        Assert.DoesNotContain("   at ", result.Out + result.Err, StringComparison.Ordinal);
    }
}
