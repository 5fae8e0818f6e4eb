using System.Text;
using Bdis.Data;
using Npgsql;

namespace Bdis.Import.Tests;

/// <summary>
/// A server that needs longer than the connection's command timeout to finish a COPY (here a statement trigger that
/// sleeps; in real life the change log of a million rows on a busy server) must not fail a valid import: the import's
/// statements and its COPY wait as long as the server works.
/// </summary>
public sealed class SlowServerTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    private const int CommandTimeoutSeconds = 2;
    private const int TriggerSleepSeconds = 6;

    [Fact]
    public async Task A_direct_load_whose_copy_ends_after_the_command_timeout_still_lands()
    {
        await using var trigger = await SlowInsertTriggerAsync();
        await using var dataSource = ShortTimeoutDataSource();

        var report = await new InitiativeImporter(dataSource, TestFiles.Referentials).ImportAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(File(25_000))), new ImportOptions("RES-R") { SourceName = "slow.csv" });

        Assert.Contains(report.Phases, p => p.Name.EndsWith("(direct load)", StringComparison.Ordinal));
        Assert.Equal((25_000L, 0L), (report.Created, report.Rejected));
        Assert.Equal(25_000L, await db.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE network_code = 'RES-R'"));
    }

    [Fact]
    public async Task A_staged_import_whose_insert_ends_after_the_command_timeout_still_lands()
    {
        await using var trigger = await SlowInsertTriggerAsync();
        await using var dataSource = ShortTimeoutDataSource();

        var report = await new InitiativeImporter(dataSource, TestFiles.Referentials).ImportAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(File(50))), new ImportOptions("RES-I") { SourceName = "slow.csv" });

        Assert.DoesNotContain(report.Phases, p => p.Name.EndsWith("(direct load)", StringComparison.Ordinal));
        Assert.Equal(50L, report.Created);
    }

    private NpgsqlDataSource ShortTimeoutDataSource() =>
        BdisDbContextOptions.CreateDataSource(new NpgsqlConnectionStringBuilder(db.ConnectionString) { CommandTimeout = CommandTimeoutSeconds }.ConnectionString);

    private static string File(int rows)
    {
        var text = new StringBuilder("identifiant;nom;cp;thèmes\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append("S").Append(i).Append(";Lieu lent ").Append(i).Append(";13100;AMAP\n");
        }

        return text.ToString();
    }

    private async Task<TriggerRemoval> SlowInsertTriggerAsync()
    {
        await db.ExecuteAsync($"""
            CREATE FUNCTION test_slow_statement() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep({TriggerSleepSeconds}); RETURN NULL; END $$;
            CREATE TRIGGER test_slow_insert AFTER INSERT ON initiatives FOR EACH STATEMENT EXECUTE FUNCTION test_slow_statement();
            """);
        return new TriggerRemoval(db);
    }

    private sealed class TriggerRemoval(ImportDatabase db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await db.ExecuteAsync("DROP TRIGGER test_slow_insert ON initiatives; DROP FUNCTION test_slow_statement();");
    }
}
