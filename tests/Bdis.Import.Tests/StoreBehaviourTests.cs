using System.Text;
using Bdis.Import.Reading;
using Bdis.Import.Reports;
using Bdis.Testing;
using Npgsql;

namespace Bdis.Import.Tests;

/// <summary>Identity, idempotence, isolation between networks and all-or-nothing writes, on real PostgreSQL.</summary>
public sealed class StoreBehaviourTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    private const string WithIds = """
        id;nom;cp;ville;latitude;longitude;thèmes;courriel
        A1;Épicerie Solidaire;13100;Aix-en-Provence;43.5297;5.4474;Épicerie solidaire;contact@epicerie.example.org
        A2;Repair Café;13001;Marseille;43.2965;5.3698;Réparation, repair café;
        A3;Jardin des Lilas;69001;Lyon;45.767;4.834;Jardin partagé;
        """;

    private const string WithoutIds = """
        nom;cp;ville;thèmes
        La Cagette;13100;Aix-en-Provence;AMAP
        La Cagette;13001;Marseille;AMAP
        Vélo Solidaire;13001;Marseille;Mobilité durable
        """;

    [Fact]
    public async Task Import_of_same_file_twice_changes_nothing()
    {
        var first = await db.ImportTextAsync("RES-A", WithIds);
        var before = await db.SnapshotAsync();
        var again = await db.ImportTextAsync("RES-A", WithIds);
        Assert.Equal((3L, 3L, 0L, 0L), (first.Created, again.Read, again.Created, again.Updated));
        Assert.Equal(3L, again.Unchanged);
        Assert.Equal(before, await db.SnapshotAsync());
    }

    [Fact]
    public async Task A_known_id_updates_only_the_changed_record_and_logs_only_it()
    {
        await db.ImportTextAsync("RES-B", WithIds);
        var logBefore = await db.ScalarAsync<long>("SELECT count(*) FROM change_log");
        var updatedBefore = await db.RowsAsync("SELECT external_id, updated_at FROM initiatives WHERE network_code = 'RES-B' ORDER BY external_id");
        var slug = (await db.RowsAsync("SELECT slug FROM initiatives WHERE network_code = 'RES-B' AND external_id = 'A2'"))[0];
        var report = await db.ImportTextAsync("RES-B", WithIds.Replace("Repair Café;13001", "Repair Café du Panier;13002", StringComparison.Ordinal));
        Assert.Equal((0L, 1L, 2L), (report.Created, report.Updated, report.Unchanged));
        Assert.Equal(logBefore + 1, await db.ScalarAsync<long>("SELECT count(*) FROM change_log"));
        var after = await db.RowsAsync("SELECT external_id, updated_at FROM initiatives WHERE network_code = 'RES-B' ORDER BY external_id");
        Assert.Equal([updatedBefore[0], updatedBefore[2]], [after[0], after[2]]);
        Assert.NotEqual(updatedBefore[1], after[1]);
        Assert.Equal([$"A2|Repair Café du Panier|13002|{slug}"],
            await db.RowsAsync("SELECT external_id, name, postcode, slug FROM initiatives WHERE network_code = 'RES-B' AND external_id = 'A2'"));
    }

    [Fact]
    public async Task Without_an_id_column_a_record_is_recognised_by_its_normalised_name_and_postcode()
    {
        await db.ImportTextAsync("RES-C", WithoutIds);
        var report = await db.ImportTextAsync("RES-C", """
            Nom;CP;Ville;Thèmes
            LA CAGETTE;13100;Aix-en-Provence;AMAP, Circuit court
            La Cagette;13001;Marseille;AMAP
            Velo solidaire;13001;Marseille;Mobilité durable
            Nouvelle Épicerie;13001;Marseille;Épicerie solidaire
            """);
        Assert.Equal((1L, 2L, 1L), (report.Created, report.Updated, report.Unchanged));
        Assert.Equal(
            ["LA CAGETTE|13100|amap,circuit-court", "La Cagette|13001|amap", "Nouvelle Épicerie|13001|epicerie-solidaire", "Velo solidaire|13001|mobilite-durable"],
            await db.RowsAsync("SELECT name, postcode, themes FROM initiatives WHERE network_code = 'RES-C' ORDER BY name COLLATE \"C\""));
    }

    [Fact]
    public async Task A_record_reached_by_id_and_again_by_name_and_postcode_is_updated_from_its_first_row_only()
    {
        await db.ImportTextAsync("RES-R", WithIds);
        var report = await db.ImportTextAsync("RES-R", """
            id;nom;cp;ville;latitude;longitude;thèmes;courriel
            A1;Épicerie Solidaire;13100;Aix-en-Provence;43.5297;5.4474;Épicerie solidaire;contact@epicerie.example.org
            ;Épicerie Solidaire;13100;Aix-en-Provence;43.5297;5.4474;Épicerie solidaire;autre@epicerie.example.org
            A3;Jardin des Lilas et des Roses;69001;Lyon;45.767;4.834;Jardin partagé;
            """);

        Assert.Equal((3L, 0L, 1L, 1L, 1L), (report.Read, report.Created, report.Updated, report.Unchanged, report.Rejected));
        // Errors only: other tests of this class import the same structures into other networks (possible-duplicate warnings).
        Assert.Equal([new ReportRow(3, "identity", Severity.Error, "Désigne la même initiative que la ligne 2 : la ligne est ignorée.")],
            report.Rows.Where(r => r.Severity == Severity.Error));
        Assert.Equal(["A1|contact@epicerie.example.org", "A2|", "A3|"],
            await db.RowsAsync("SELECT external_id, email FROM initiatives WHERE network_code = 'RES-R' ORDER BY external_id"));
    }

    [Fact]
    public async Task Records_of_other_networks_are_never_modified_even_with_the_same_ids_and_names()
    {
        await db.ImportTextAsync("RES-D", WithIds);
        var other = await db.RowsAsync("SELECT i::text FROM initiatives i WHERE network_code = 'RES-D' ORDER BY id");
        var report = await db.ImportTextAsync("RES-E", WithIds.Replace("Jardin des Lilas", "Jardin des Roses", StringComparison.Ordinal));
        Assert.Equal(3L, report.Created);
        Assert.Equal(other, await db.RowsAsync("SELECT i::text FROM initiatives i WHERE network_code = 'RES-D' ORDER BY id"));
        Assert.Contains(report.Rows, r => r.Line == 2 && r.Severity == Severity.Warning && r.Message.StartsWith("Doublon possible : « Épicerie Solidaire » du réseau RES-D", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dry_run_reports_the_same_diff_and_writes_nothing()
    {
        await db.ImportTextAsync("RES-F", WithIds);
        var before = await db.SnapshotAsync();
        var changed = WithIds.Replace("Jardin des Lilas", "Jardin des Roses", StringComparison.Ordinal) + "\nA4;Nouveau lieu;13100;Aix;;;AMAP;\n";
        var dry = await db.ImportTextAsync("RES-F", changed, dryRun: true);
        Assert.Equal((1L, 1L, 2L, true), (dry.Created, dry.Updated, dry.Unchanged, dry.DryRun));
        Assert.Equal(before, await db.SnapshotAsync());
        var real = await db.ImportTextAsync("RES-F", changed);
        Assert.Equal((dry.Created, dry.Updated, dry.Unchanged), (real.Created, real.Updated, real.Unchanged));
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_the_file_leaves_the_store_exactly_as_before()
    {
        await db.ImportTextAsync("RES-G", WithIds);
        var before = await db.SnapshotAsync();
        var file = new StringBuilder("id;nom;cp;thèmes\n");
        for (var i = 0; i < 5000; i++)
        {
            file.Append($"G{i};Lieu {i};13100;AMAP\n");
        }

        // An opening quote that is never closed swallows the rest of the file: past 8 MB the reader gives up.
        file.Append("G-bad;\"Lieu cassé;13100;AMAP\n").Append(new string('x', 9 * 1024 * 1024));
        var error = await Assert.ThrowsAsync<ImportFileException>(() => db.ImportTextAsync("RES-G", file.ToString()));
        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await db.SnapshotAsync());
    }

    [Fact]
    public async Task The_same_identity_twice_in_a_file_rejects_the_second_row_with_the_first_ones_number()
    {
        var report = await db.ImportTextAsync("RES-H", "id;nom;thèmes\nX1;Un;AMAP\nX2;Deux;AMAP\nX1;Un bis;AMAP\n");
        Assert.Equal((3L, 2L, 1L), (report.Read, report.Created, report.Rejected));
        Assert.Equal([new ReportRow(4, "identity", Severity.Error, "Même identifiant que la ligne 2 : la ligne est ignorée.")], report.Rows);
    }

    [Fact]
    public async Task New_records_get_slugs_unique_across_the_table_and_within_the_file()
    {
        await db.ImportTextAsync("RES-A", "id;nom;thèmes\nS1;Café Lecture;Culture et arts\n");
        var report = await db.ImportTextAsync("RES-B", "id;nom;thèmes\nS1;Café lecture;Culture et arts\nS2;CAFE LECTURE;Culture et arts\nS3;Café Lecture 2;Culture et arts\n");
        Assert.Equal(3L, report.Created);
        var slugs = await db.RowsAsync("SELECT slug FROM initiatives WHERE slug LIKE 'cafe-lecture%' ORDER BY slug");
        Assert.Equal(4, slugs.Count);
        Assert.Equal(slugs.Count, slugs.Distinct().Count());
        Assert.Contains("cafe-lecture", slugs);
    }

    [Fact]
    public async Task The_same_siret_in_another_network_is_reported_as_a_possible_duplicate_and_not_merged()
    {
        await db.ImportTextAsync("RES-G", "nom;cp;siret;thèmes\nCoopérative Alpha;13100;732 829 320 00074;AMAP\n");
        var report = await db.ImportTextAsync("RES-H", "nom;cp;siret;thèmes\nAlpha Lille;59000;73282932000074;AMAP\n");
        Assert.Equal(1L, report.Created);
        Assert.Equal([new ReportRow(2, "siret", Severity.Warning, "Doublon possible : « Coopérative Alpha » du réseau RES-G a le même SIRET (non fusionné).")], report.Rows);
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE siret = '73282932000074'"));
    }

    [Fact]
    public async Task Two_imports_of_one_network_at_once_run_one_after_the_other_and_create_the_records_once()
    {
        const string File = "nom;cp;thèmes\nJardin partagé des Lices;13100;AMAP\nRecyclerie du Vieux-Port;13001;AMAP\n";
        // Hold the network's import lock, as an import in progress does, so that both imports below start behind it.
        await using var holder = await db.DataSource.OpenConnectionAsync();
        await using var holding = await holder.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended('bdis-import:RES-I', 0))", holder, holding))
        {
            await take.ExecuteNonQueryAsync();
        }

        var first = db.ImportTextAsync("RES-I", File);
        var second = db.ImportTextAsync("RES-I", File);
        // Both imports queue behind the held lock: PostgreSQL shows their two requests for it, not granted.
        await Eventually.TrueAsync(async () => await db.ScalarAsync<long>(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())") == 2
            || first.IsCompleted || second.IsCompleted, "both imports wait for the network's import lock", 60);
        Assert.False(first.IsCompleted || second.IsCompleted, "an import of the network ran while its lock was held");
        await holding.RollbackAsync();
        var reports = await Task.WhenAll(first, second);

        Assert.Equal([0L, 2L], reports.Select(r => r.Created).Order());
        Assert.Equal([0L, 2L], reports.Select(r => r.Unchanged).Order());
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE network_code = 'RES-I'"));
    }
}
