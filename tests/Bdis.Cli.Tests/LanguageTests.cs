using Bdis.Data.Hosting;
using Bdis.Testing;

namespace Bdis.Cli.Tests;

/// <summary>Messages in French by default, in English when the environment asks; the same failure reads the same in both.</summary>
public sealed class LanguageTests(PostgisFixture db) : IClassFixture<PostgisFixture>
{
    private const string Unreachable = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2";

    [Theory]
    [InlineData("fr", null, null, null, null)]
    [InlineData("fr", null, null, null, "C.UTF-8")]
    [InlineData("fr", null, null, null, "fr_FR.UTF-8")]
    [InlineData("fr", null, null, null, "de_DE.UTF-8")]
    [InlineData("en", null, null, null, "en_US.UTF-8")]
    [InlineData("en", null, null, "en_GB.UTF-8", "fr_FR.UTF-8")]
    [InlineData("fr", null, "fr_FR.UTF-8", "en_GB.UTF-8", "en_US.UTF-8")]
    [InlineData("en", null, "en_US.UTF-8", null, "fr_FR.UTF-8")]
    [InlineData("en", "en", null, null, "fr_FR.UTF-8")]
    [InlineData("fr", "fr", "en_US.UTF-8", null, "en_US.UTF-8")]
    public void The_language_is_french_unless_bdis_lang_or_the_locale_asks_for_english(
        string expected, string? bdisLang, string? lcAll, string? lcMessages, string? lang)
    {
        var environment = new Dictionary<string, string?> { ["BDIS_LANG"] = bdisLang, ["LC_ALL"] = lcAll, ["LC_MESSAGES"] = lcMessages, ["LANG"] = lang };
        Assert.Equal(expected, ConsoleLanguage.From(name => environment.GetValueOrDefault(name)).Name);
    }

    [Fact]
    public async Task A_usage_error_reads_the_same_in_both_languages_and_exits_2()
    {
        var french = await CliRunner.RunInAsync(ConsoleLanguage.French, Unreachable, "import", "initiatives", "f.csv", "--colour", "red");
        var english = await CliRunner.RunInAsync(ConsoleLanguage.English, Unreachable, "import", "initiatives", "f.csv", "--colour", "red");
        Assert.Equal((2, 2), (french.Exit, english.Exit));
        Assert.StartsWith("Commande ou argument non reconnu : '--colour'.", french.Err, StringComparison.Ordinal);
        Assert.Contains("L'option --network est obligatoire.", french.Err);
        Assert.StartsWith("Unrecognized command or argument '--colour'.", english.Err, StringComparison.Ordinal);
        Assert.Contains("Option --network is required.", english.Err);
    }

    [Fact]
    public async Task A_bad_number_reads_the_same_in_both_languages_and_exits_2()
    {
        var french = await CliRunner.RunInAsync(ConsoleLanguage.French, Unreachable, "bench", "import", "--rows", "beaucoup");
        var english = await CliRunner.RunInAsync(ConsoleLanguage.English, Unreachable, "bench", "import", "--rows", "lots");
        Assert.Equal((2, 2), (french.Exit, english.Exit));
        Assert.StartsWith("--rows doit être un nombre entier de 1 à 100000000", french.Err, StringComparison.Ordinal);
        Assert.StartsWith("--rows must be a whole number from 1 to 100000000", english.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_database_is_one_sentence_in_either_language_and_exits_1()
    {
        var french = await CliRunner.RunInAsync(ConsoleLanguage.French, Unreachable, "networks", "list");
        var english = await CliRunner.RunInAsync(ConsoleLanguage.English, Unreachable, "networks", "list");
        Assert.Equal((1, 1), (french.Exit, english.Exit));
        Assert.StartsWith("Impossible de joindre la base de données : ", french.Err, StringComparison.Ordinal);
        Assert.StartsWith("Cannot reach the database: ", english.Err, StringComparison.Ordinal);
        Assert.All([french.Err, english.Err], err => Assert.Single(err.Trim().Split('\n')));
    }

    [Fact]
    public async Task A_refused_command_reads_the_same_in_both_languages_and_exits_1()
    {
        Assert.Equal(0, (await CliRunner.RunAsync(db.ConnectionString, "seed-demo")).Exit);
        var french = await CliRunner.RunInAsync(ConsoleLanguage.French, db.ConnectionString, "seed-demo");
        var english = await CliRunner.RunInAsync(ConsoleLanguage.English, db.ConnectionString, "seed-demo");
        Assert.Equal((1, 1), (french.Exit, english.Exit));
        Assert.StartsWith("La base contient déjà des initiatives ; rien n'a été chargé.", french.Err, StringComparison.Ordinal);
        Assert.StartsWith("The store already holds initiatives; nothing loaded.", english.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exit_codes_are_0_when_done_1_when_failed_and_2_for_a_wrong_usage()
    {
        Assert.Equal(0, (await CliRunner.RunAsync(db.ConnectionString, "migrate")).Exit);
        Assert.Equal(1, (await CliRunner.RunAsync(db.ConnectionString, "boundaries", "load", "/nonexistent.geojson", "--kind", "region")).Exit);
        Assert.Equal(2, (await CliRunner.RunAsync(db.ConnectionString, "boundaries", "load", "x.geojson", "--kind", "commune")).Exit);
    }
}
