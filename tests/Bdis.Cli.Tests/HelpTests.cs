using System.Globalization;
using Bdis.Data.Hosting;

namespace Bdis.Cli.Tests;

/// <summary>`--help` on `bdis`, each group and each command: exit 0, the usage and every option, in French or English.</summary>
public sealed class HelpTests
{
    public static TheoryData<string, string[]> Commands => new()
    {
        { "networks add", ["<CODE>", "--name", "--region", "--website"] },
        { "networks list", [] },
        { "migrate", [] },
        { "seed-demo", ["--force"] },
        { "boundaries load", ["--kind"] },
        { "reindex", ["--index-dir"] },
        { "import initiatives", ["--network", "--mapping", "--dry-run", "--report", "--json"] },
        { "export initiatives", ["--format", "--network", "--region", "--output"] },
        { "bench import", ["--rows", "--json"] },
        { "bench search", ["--size", "--queries", "--database", "--reload", "--build-only", "--reuse-index", "--no-baseline", "--json", "--json-file"] },
        { "networks", ["add", "list"] },
        { "bench", ["import", "search"] },
        { "", ["networks", "migrate", "seed-demo", "boundaries", "reindex", "import", "export", "bench", "ConnectionStrings__Bdis", "BDIS_LANG"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_on_each_command_exits_0_and_lists_its_options_in_french(string command, string[] listed)
    {
        var (exit, output, error) = await HelpAsync(ConsoleLanguage.French, command);
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Matches($@"Utilisation :\s+bdis {command}".TrimEnd(), output);
        Assert.Contains("Afficher l'aide de la commande.", output);
        Assert.All(listed, word => Assert.Contains(word, output));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_on_each_command_exits_0_and_lists_its_options_in_english(string command, string[] listed)
    {
        var (exit, output, error) = await HelpAsync(ConsoleLanguage.English, command);
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Matches($@"Usage:\s+bdis {command}".TrimEnd(), output);
        Assert.Contains("Show the command's help.", output);
        Assert.All(listed, word => Assert.Contains(word, output));
    }

    [Fact]
    public async Task A_required_option_is_marked_so_in_the_help()
    {
        var french = await HelpAsync(ConsoleLanguage.French, "import initiatives");
        Assert.Matches(@"--network <CODE>\s+Le code du réseau à qui les fiches appartiennent\. \(obligatoire\)", french.Out);
        var english = await HelpAsync(ConsoleLanguage.English, "import initiatives");
        Assert.Matches(@"--network <CODE>\s+The code of the network that owns the records\. \(required\)", english.Out);
    }

    [Fact]
    public async Task The_help_word_shows_the_same_help_as_the_option()
    {
        var word = await CliRunner.RunAsync("Host=unused", "help", "networks", "add");
        var option = await CliRunner.RunAsync("Host=unused", "networks", "add", "--help");
        Assert.Equal(0, word.Exit);
        Assert.Equal(option.Out, word.Out);
    }

    private static Task<(int Exit, string Out, string Err)> HelpAsync(CultureInfo language, string command) =>
        // No database is opened for help: the connection string would fail if it were.
        CliRunner.RunInAsync(language, "Host=127.0.0.1;Port=1;Timeout=1", [.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);
}
