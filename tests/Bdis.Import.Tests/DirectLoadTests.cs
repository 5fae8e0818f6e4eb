using System.Globalization;
using System.Text;
using Bdis.Import.Reports;

namespace Bdis.Import.Tests;

/// <summary>
/// A network's first large import copies the rows it can prove safe straight into <c>initiatives</c> and merges only
/// the others: the report, the records, their slugs and the change log must be what the staging path gives.
/// </summary>
public sealed class DirectLoadTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    /// <summary>Records of another network the file's rows collide with: used slugs, a SIRET, two places.</summary>
    private const string OtherNetworkFile = """
        id;nom;cp;siret;latitude;longitude;thèmes
        A1;La Cagette;13100;;48.80;2.30;AMAP
        A2;Jardin-2;69001;;48.81;2.31;AMAP
        A3;Ressourcerie du port;75001;;48.85;2.35;AMAP
        A4;Épicerie centrale;75002;35600000000048;48.70;2.20;AMAP

        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_direct_load_gives_the_report_records_slugs_and_change_log_of_the_staging_path(bool withIds)
    {
        // Both imports meet the same other records: only RES-A's.
        await db.ExecuteAsync("DELETE FROM initiatives WHERE network_code <> 'RES-A'");
        if (await db.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE network_code = 'RES-A'") == 0)
        {
            await db.ImportTextAsync("RES-A", OtherNetworkFile);
        }

        var file = ConflictFile(3_000, withIds);
        var expected = await db.ImportTextAsync("RES-B", file, indexes: IndexStrategy.Incremental);
        var expectedRecords = await RecordsAsync("RES-B");
        var expectedLog = await InsertLogAsync("RES-B");
        await db.ExecuteAsync("DELETE FROM initiatives WHERE network_code = 'RES-B'");
        var schema = await db.InitiativesSchemaAsync();

        var report = await db.ImportTextAsync("RES-B", file, indexes: IndexStrategy.RebuildIndexes);

        Assert.False(WentDirect(expected));
        Assert.True(WentDirect(report));
        Assert.Contains(report.Phases, p => p.Name.StartsWith("COPY the ", StringComparison.Ordinal) && p.Name.EndsWith(" rows set aside to staging", StringComparison.Ordinal));
        Assert.Equal((expected.Read, expected.Created, expected.Updated, expected.Unchanged, expected.Rejected, expected.Warnings),
            (report.Read, report.Created, report.Updated, report.Unchanged, report.Rejected, report.Warnings));
        Assert.Equal(expected.Rows, report.Rows);
        Assert.Equal(expectedRecords, await RecordsAsync("RES-B"));
        Assert.Equal(expectedLog, await InsertLogAsync("RES-B"));
        Assert.Equal(schema, await db.InitiativesSchemaAsync());

        // What the file holds on purpose, so that the comparison above covers each kind of set-aside row.
        Assert.Contains(report.Rows, r => r.Field == "identity" && r.Severity == Severity.Error);
        Assert.Contains(report.Rows, r => r.Field == "siret" && r.Message.Contains("RES-A", StringComparison.Ordinal));
        Assert.Contains(report.Rows, r => r.Field == "name" && r.Message.Contains("Ressourcerie du port", StringComparison.Ordinal));
        Assert.Contains(report.Rows, r => r.Field == "name" && r.Severity == Severity.Error);
        Assert.Contains(expectedRecords, r => r.StartsWith("la-cagette-", StringComparison.Ordinal));
        Assert.Contains(expectedRecords, r => r.StartsWith("jardin-3|", StringComparison.Ordinal));
        Assert.Contains(expectedRecords, r => r.StartsWith("maison-8-2|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Auto_takes_the_direct_path_for_a_large_first_import_only_and_a_reimport_changes_nothing()
    {
        var file = ConflictFile(25_000, withIds: true);
        var small = await db.ImportTextAsync("RES-F", ConflictFile(500, withIds: true));
        var large = await db.ImportTextAsync("RES-G", file);
        var snapshot = await db.SnapshotAsync();
        var again = await db.ImportTextAsync("RES-G", file);

        Assert.False(WentDirect(small));
        Assert.False(small.IndexesRebuilt);
        Assert.True(WentDirect(large));
        Assert.Equal(large.Read, large.Created + large.Rejected);
        Assert.Equal(large.Created, await db.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE network_code = 'RES-G'"));
        Assert.False(WentDirect(again));
        Assert.Equal((0L, 0L, large.Created), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(snapshot, await db.SnapshotAsync());
    }

    [Fact]
    public async Task A_read_failure_in_the_middle_of_a_direct_load_leaves_the_store_and_its_indexes_as_before()
    {
        var before = await db.SnapshotAsync();
        var schema = await db.InitiativesSchemaAsync();
        var bytes = Encoding.UTF8.GetBytes(ConflictFile(40_000, withIds: true));
        var stream = new FailingStream(bytes, failAt: bytes.Length * 3 / 4);

        var failure = await Assert.ThrowsAsync<IOException>(() => db.ImportAsync("RES-C", stream));

        Assert.Equal(FailingStream.Message, failure.Message);
        Assert.True(stream.Position > 1_000_000, "the failure came after many rows had been copied");
        Assert.Equal(before, await db.SnapshotAsync());
        Assert.Equal(schema, await db.InitiativesSchemaAsync());
    }

    [Theory]
    [InlineData("S1;Sol;AMAP\nS2;Sol 2;AMAP\nS3;Sol;AMAP\n")]
    [InlineData("S2;Sol 2;AMAP\nS1;Sol;AMAP\nS3;Sol;AMAP\n")]
    public async Task A_name_and_its_numbered_form_get_the_slugs_of_the_staging_path_in_either_order(string rows)
    {
        // The first "Sol" keeps "sol", "Sol 2" keeps "sol-2", and the repeated "Sol" is numbered past both.
        var csv = new StringBuilder("id;nom;thèmes\n").Append(rows);
        for (var i = 0; i < 30; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"U{i};Unique {i};AMAP\n");
        }

        var (staged, stagedSlugs, report, directSlugs) = await ImportBothWaysAsync(csv.ToString());

        Assert.False(WentDirect(staged));
        Assert.True(WentDirect(report));
        Assert.Equal(33L, report.Created);
        Assert.Equal(["S1|sol", "S2|sol-2", "S3|sol-3"], stagedSlugs.Where(r => r.StartsWith('S')));
        Assert.Equal(stagedSlugs, directSlugs);
    }

    [Fact]
    public async Task A_first_name_set_aside_after_its_numbered_form_went_direct_is_numbered_past_it()
    {
        // The one case where the paths give other (still unique) slugs. "Sol 2" goes straight into the table; the
        // first "Sol" shares another network's SIRET, so it is set aside. The staging path keeps "sol" for it; the
        // direct load finds "sol-2" already in the table and numbers both "Sol" rows past it.
        if (await db.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE network_code = 'RES-A'") == 0)
        {
            await db.ImportTextAsync("RES-A", OtherNetworkFile);
        }

        var (staged, stagedSlugs, report, directSlugs) = await ImportBothWaysAsync(
            "id;nom;siret;thèmes\nS2;Sol 2;;AMAP\nS1;Sol;35600000000048;AMAP\nS3;Sol;;AMAP\n");

        Assert.True(WentDirect(report));
        Assert.Equal(staged.Rows, report.Rows);
        Assert.Equal(["S1|sol", "S2|sol-2", "S3|sol-3"], stagedSlugs);
        Assert.Equal(["S1|sol-3", "S2|sol-2", "S3|sol-4"], directSlugs);
    }

    [Fact]
    public async Task Namesakes_in_other_villages_and_true_repeats_without_ids_give_the_staging_path_s_report_and_records()
    {
        // The first row of each name goes straight in; its repeats and namesakes are set aside and resolved against it.
        var csv = new StringBuilder(File.ReadAllText(TestFiles.PathTo("repeats-and-namesakes.csv")));
        csv.Append(string.Join("\n", File.ReadAllLines(TestFiles.PathTo("two-villages.csv")).Skip(1))).Append('\n');
        for (var i = 0; i < 30; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Lieu unique {i};;13100;Aix-en-Provence;;;AMAP\n");
        }

        const string Records = "SELECT slug, name, commune, street, ST_AsText(location) FROM initiatives WHERE network_code = '{0}' ORDER BY slug";
        await db.ExecuteAsync("DELETE FROM initiatives WHERE network_code IN ('RES-H', 'RES-I')");
        var staged = await db.ImportTextAsync("RES-H", csv.ToString(), indexes: IndexStrategy.Incremental);
        var stagedRecords = await db.RowsAsync(string.Format(CultureInfo.InvariantCulture, Records, "RES-H"));
        await db.ExecuteAsync("DELETE FROM initiatives WHERE network_code = 'RES-H'");
        var direct = await db.ImportTextAsync("RES-I", csv.ToString(), indexes: IndexStrategy.RebuildIndexes);

        Assert.False(WentDirect(staged));
        Assert.True(WentDirect(direct));
        Assert.Equal((41L, 37L, 4L), (staged.Read, staged.Created, staged.Rejected));
        Assert.Equal((staged.Read, staged.Created, staged.Rejected, staged.Warnings), (direct.Read, direct.Created, direct.Rejected, direct.Warnings));
        Assert.Equal(staged.Rows, direct.Rows);
        Assert.Equal(stagedRecords, await db.RowsAsync(string.Format(CultureInfo.InvariantCulture, Records, "RES-I")));
        Assert.Equal(4, direct.Rows.Count(r => r is { Field: "identity", Severity: Severity.Error }));
        Assert.Equal(4, direct.Rows.Count(r => r is { Field: "identity", Severity: Severity.Info }));
        Assert.Equal((37L, 37L), (staged.Public.Published, direct.Public.Published));
    }

    /// <summary>The file imported by the staging path (RES-H, then deleted), then by the direct load (RES-I): reports and "id|slug" rows.</summary>
    private async Task<(ImportReport Staged, List<string> StagedSlugs, ImportReport Direct, List<string> DirectSlugs)> ImportBothWaysAsync(string csv)
    {
        const string Slugs = "SELECT external_id, slug FROM initiatives WHERE network_code = '{0}' ORDER BY external_id";
        await db.ExecuteAsync("DELETE FROM initiatives WHERE network_code IN ('RES-H', 'RES-I')");
        var staged = await db.ImportTextAsync("RES-H", csv, indexes: IndexStrategy.Incremental);
        var stagedSlugs = await db.RowsAsync(string.Format(CultureInfo.InvariantCulture, Slugs, "RES-H"));
        await db.ExecuteAsync("DELETE FROM initiatives WHERE network_code = 'RES-H'");
        var direct = await db.ImportTextAsync("RES-I", csv, indexes: IndexStrategy.RebuildIndexes);
        return (staged, stagedSlugs, direct, await db.RowsAsync(string.Format(CultureInfo.InvariantCulture, Slugs, "RES-I")));
    }

    private static bool WentDirect(ImportReport report) => report.Phases.Any(p => p.Name.EndsWith("(direct load)", StringComparison.Ordinal));

    /// <summary>
    /// Mostly distinct rows, with every kind a direct load must set aside: names whose slug another network uses, slug
    /// bases repeated in the file, identities repeated (of a row loaded directly, and of a set-aside row), another
    /// network's SIRET, places within 200 m of another network's records (similar name or not), and a rejected row.
    /// </summary>
    private static string ConflictFile(int rows, bool withIds)
    {
        var csv = new StringBuilder(withIds ? "id;" : string.Empty).Append("nom;cp;siret;latitude;longitude;thèmes\n");
        for (var i = 0; i < rows; i++)
        {
            var far = string.Create(CultureInfo.InvariantCulture, $"{43.0 + i % 500 * 0.01};{5.0 + i / 500 * 0.01}");
            var (name, postcode, siret, place) = (i % 10) switch
            {
                0 => ("La Cagette", $"{13100 + i % 3}", "", far),
                1 => ($"Atelier {i}", "13001", "", far),
                2 => ("Jardin", "69001", "", ";"),
                3 => ("Jardin-2", "69002", "", far),
                4 => ($"Structure {i / 20}", "75001", "", far),
                5 => ($"Épicerie {i}", "75002", i % 50 == 5 ? "35600000000048" : "", far),
                6 => ($"Ressourcerie du port {i}", "75001", "", string.Create(CultureInfo.InvariantCulture, $"48.8505;{2.35 + i % 7 * 0.0001}")),
                7 => ($"Café {i}", "75003", "", string.Create(CultureInfo.InvariantCulture, $"48.8495;2.3505")),
                8 => ($"Maison {i}", "69003", "", ";"),
                _ => ($"Maison {i - 1}", "69004", "", far),
            };
            var id = withIds ? (i % 97 == 0 && i > 0 ? "R1;" : $"R{i};") : string.Empty;
            csv.Append(CultureInfo.InvariantCulture, $"{id}{name};{postcode};{siret};{place};AMAP\n");
            if (i == rows / 2)
            {
                csv.Append(withIds ? "R-empty;" : string.Empty).Append(";75001;;;;AMAP\n");
            }
        }

        return csv.ToString();
    }

    private async Task<List<string>> RecordsAsync(string network) => await db.RowsAsync($"""
        SELECT slug, name, external_id, postcode, region_code, department_code, ST_AsText(location), themes, tags, status, legal_status, siret,
            source_ref, created_by, source_kind, created_at = updated_at
        FROM initiatives WHERE network_code = '{network}' ORDER BY slug
        """);

    /// <summary>The change log of the network's records: one 'I' entry per record, all written by one transaction.</summary>
    private async Task<string> InsertLogAsync(string network) => string.Join(";", await db.RowsAsync($"""
        SELECT c.operation, count(*), count(DISTINCT c.tx_id), count(DISTINCT c.initiative_id)
        FROM change_log c JOIN initiatives i ON i.id = c.initiative_id
        WHERE i.network_code = '{network}' GROUP BY c.operation ORDER BY c.operation
        """));

    /// <summary>A file whose reading fails (as a disk or network read can) once <c>failAt</c> bytes have been read.</summary>
    private sealed class FailingStream(byte[] bytes, int failAt) : Stream
    {
        public const string Message = "Simulated read failure in the middle of the file.";

        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => _inner.Length;

        public override long Position { get => _inner.Position; set => _inner.Position = value; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_inner.Position >= failAt)
            {
                throw new IOException(Message);
            }

            return _inner.Read(buffer, offset, (int)Math.Min(count, failAt - _inner.Position));
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var array = new byte[buffer.Length];
            var n = Read(array, 0, array.Length);
            array.AsSpan(0, n).CopyTo(buffer.Span);
            return ValueTask.FromResult(n);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => _inner.Seek(offset, origin);

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
