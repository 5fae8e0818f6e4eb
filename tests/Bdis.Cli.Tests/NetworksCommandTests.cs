using Bdis.Testing;

namespace Bdis.Cli.Tests;

public sealed class NetworksCommandTests(PostgisFixture db) : IClassFixture<PostgisFixture>
{
    [Fact]
    public async Task A_network_is_added_then_listed_with_its_region()
    {
        var add = await CliRunner.RunAsync(db.ConnectionString, "networks", "add", "essor-cvl", "--name", "ESSOR Centre-Val de Loire", "--region", "24");
        Assert.Equal((0, "Réseau ESSOR-CVL ajouté."), (add.Exit, add.Out.Trim()));

        var list = await CliRunner.RunAsync(db.ConnectionString, "networks", "list");
        Assert.Equal(0, list.Exit);
        Assert.Matches(@"ESSOR-CVL\s+0\s+24\s+ESSOR Centre-Val de Loire", list.Out);
    }

    [Fact]
    public async Task Adding_the_same_network_twice_fails_with_one_sentence()
    {
        await CliRunner.RunAsync(db.ConnectionString, "networks", "add", "ADEPES", "--name", "ADEPES");
        var again = await CliRunner.RunAsync(db.ConnectionString, "networks", "add", "adepes", "--name", "ADEPES");
        Assert.Equal(1, again.Exit);
        Assert.Equal("Le réseau « ADEPES » existe déjà.", again.Err.Trim());
    }

    [Theory]
    [InlineData("networks", "add", "X1", "--name", "Réseau", "--region", "99")]
    [InlineData("networks", "add", "X", "--name", "Trop court")]
    [InlineData("networks", "add", "BAD CODE!", "--name", "Réseau")]
    [InlineData("networks", "add", "WEB", "--name", "Réseau", "--website", "javascript:alert(1)")]
    public async Task Invalid_networks_are_refused_with_a_clear_message_and_exit_1(params string[] args)
    {
        var result = await CliRunner.RunAsync(db.ConnectionString, args);
        Assert.Equal(1, result.Exit);
        Assert.DoesNotContain("   at ", result.Err);
        Assert.Single(result.Err.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("networks", "add")]
    [InlineData("networks", "add", "APEAS")]
    [InlineData("networks", "add", "APEAS", "--name")]
    [InlineData("networks", "add", "APEAS", "--name", "x", "--colour", "red")]
    [InlineData("networks", "list", "extra")]
    [InlineData("frobnicate")]
    [InlineData]
    public async Task Usage_errors_print_usage_and_exit_2(params string[] args)
    {
        var result = await CliRunner.RunAsync(db.ConnectionString, args);
        Assert.Equal(2, result.Exit);
        Assert.Matches(@"Utilisation :\s+bdis ", result.Err);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task An_unreachable_database_is_one_sentence_and_exit_1()
    {
        var result = await CliRunner.RunAsync("Host=127.0.0.1;Port=1;Username=nobody;Timeout=2", "networks", "list");
        Assert.Equal(1, result.Exit);
        Assert.StartsWith("Impossible de joindre la base de données : ", result.Err.Trim());
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Fact]
    public async Task Migrate_is_idempotent_and_seed_demo_loads_once()
    {
        Assert.Equal(0, (await CliRunner.RunAsync(db.ConnectionString, "migrate")).Exit);
        Assert.Equal(0, (await CliRunner.RunAsync(db.ConnectionString, "migrate")).Exit);

        var seed = await CliRunner.RunAsync(db.ConnectionString, "seed-demo");
        Assert.Equal(0, seed.Exit);
        Assert.Matches(@"^\d{3} initiatives de démonstration chargées\.", seed.Out);
        var again = await CliRunner.RunAsync(db.ConnectionString, "seed-demo");
        Assert.Equal(1, again.Exit);
        Assert.Contains("contient déjà des initiatives", again.Err);

        var list = await CliRunner.RunAsync(db.ConnectionString, "networks", "list");
        Assert.Matches(@"APEAS\s+\d{2,}\s+93", list.Out);
    }
}
