using Bdis.Data;
using Bdis.Import;
using Bdis.Import.Mapping;
using Bdis.Import.Reports;
using Bdis.Testing;
using Npgsql;

namespace Bdis.Import.Tests;

/// <summary>A per-class database with two networks (RES-A, RES-B), and helpers to import text or test files into it.</summary>
public sealed class ImportDatabase : IAsyncLifetime
{
    private readonly PostgisFixture _db = new();
    private NpgsqlDataSource? _dataSource;

    public string ConnectionString => _db.ConnectionString;

    public NpgsqlDataSource DataSource => _dataSource!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _dataSource = BdisDbContextOptions.CreateDataSource(_db.ConnectionString);
        foreach (var code in new[] { "RES-A", "RES-B", "RES-C", "RES-D", "RES-E", "RES-F", "RES-G", "RES-H", "RES-I", "RES-J", "RES-K", "RES-R" })
        {
            await ExecuteAsync($"INSERT INTO networks (code, name, regions, created_at) VALUES ('{code}', 'Réseau {code}', '{{}}', now())");
        }
    }

    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        await _db.DisposeAsync();
    }

    public Task<ImportReport> ImportTextAsync(string network, string csv, ImportProfile? profile = null, bool dryRun = false,
        IndexStrategy indexes = IndexStrategy.Auto) =>
        ImportAsync(network, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), profile, dryRun, indexes);

    public async Task<ImportReport> ImportFileAsync(string network, string fileName, ImportProfile? profile = null, bool dryRun = false)
    {
        await using var stream = File.OpenRead(TestFiles.PathTo(fileName));
        return await ImportAsync(network, stream, profile, dryRun);
    }

    public async Task<ImportReport> ImportAsync(string network, Stream input, ImportProfile? profile = null, bool dryRun = false,
        IndexStrategy indexes = IndexStrategy.Auto) =>
        await new InitiativeImporter(DataSource, TestFiles.Referentials).ImportAsync(input,
            new ImportOptions(network) { Profile = profile ?? ImportProfile.Empty, DryRun = dryRun, SourceName = "test.csv", Indexes = indexes });

    /// <summary>The definitions of every index and constraint of <c>initiatives</c>, to show a schema came back intact.</summary>
    public async Task<List<string>> InitiativesSchemaAsync() =>
        await RowsAsync("""
            SELECT indexdef FROM pg_indexes WHERE tablename = 'initiatives'
            UNION ALL
            SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'initiatives'::regclass
            ORDER BY 1
            """);

    public async Task<T?> ScalarAsync<T>(string sql) => await _db.ScalarAsync<T>(sql);

    public async Task ExecuteAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every row of a query as "col1|col2|…" strings, for exact assertions.</summary>
    public async Task<List<string>> RowsAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Format(reader.GetValue(i)))));
        }

        return rows;
    }

    /// <summary>A fingerprint of everything stored: the initiatives with their timestamps, and the change log size.</summary>
    public async Task<string> SnapshotAsync()
    {
        var rows = await RowsAsync("SELECT i::text FROM initiatives i ORDER BY id");
        var log = await ScalarAsync<long>("SELECT count(*) FROM change_log");
        return string.Join("\n", rows) + "\nchange_log=" + log;
    }

    private static string Format(object value) => value switch
    {
        string[] array => string.Join(",", array),
        DateTime t => t.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        double d => d.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
