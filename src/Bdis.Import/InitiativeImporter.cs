using System.Diagnostics;
using System.Threading.Channels;
using Bdis.Core.Reference;
using Bdis.Core.Validation;
using Bdis.Import.Mapping;
using Bdis.Import.Parsing;
using Bdis.Import.Reading;
using Bdis.Import.Reports;
using Bdis.Import.Staging;
using CsvHelper;
using Npgsql;

namespace Bdis.Import;

/// <summary>
/// Imports a network's CSV file in one transaction: rows are parsed and validated as a stream, copied (binary COPY)
/// into a staging table while reading goes on, then merged set-based. Either every accepted row lands or none does;
/// the change-log triggers make the search index follow.
/// </summary>
public sealed class InitiativeImporter(NpgsqlDataSource dataSource, Referentials referentials)
{
    private const int BatchSize = 2_000;

    /// <summary>How many rows of title or notes may come before the header row.</summary>
    private const int MaxRowsAboveHeader = 10;

    public async Task<ImportReport> ImportAsync(Stream input, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var network = options.NetworkCode.Trim().ToUpperInvariant();
        var report = new ImportReport { DryRun = options.DryRun };
        var (csv, _, estimatedRows) = await CsvSource.OpenAsync(input, options.Sheet, ct);
        using var reader = csv;
        var map = ReadHeader(reader, options.Profile, report);
        var sourceRef = Truncate(options.SourceName, 300);
        var rows = new RowReader(map, options.Profile, referentials, network, sourceRef);

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var merger = new Merger(connection, transaction, network);
        if (!await merger.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM networks WHERE code = @network)", ct))
        {
            throw new BdisValidationException("network", "unknown_network", $"Le réseau « {network} » n'existe pas (bdis networks add).");
        }

        // Two imports of one network at once would each match against records the other has not committed, and both
        // insert the same new ones: the second waits for the first (the lock ends with the transaction).
        await merger.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtextextended('bdis-import:' || @network, 0))", ct);

        // The merge sorts and hashes the whole file once; give those steps memory instead of temporary files.
        await merger.ExecuteAsync("SET LOCAL work_mem = '128MB'", ct);
        // Each merge statement runs once: JIT compilation (on by default in PostgreSQL 15 above a cost threshold) took
        // about a second for one slug statement in a 200,000-row profile, more than the statement saved.
        await merger.ExecuteAsync("SET LOCAL jit = off", ct);
        await StagingTable.CreateAsync(connection, transaction, ct);
        var clock = Stopwatch.StartNew();
        var tableBusy = false;
        using var direct = await DirectLoad.TryBeginAsync(merger, options, estimatedRows, report, () => tableBusy = true, ct);
        if (direct is not null)
        {
            report.Timed("direct load: lock initiatives, read its slugs, SIRETs and locations, drop secondary indexes", clock.Elapsed);
            clock.Restart();
        }

        var channel = Channel.CreateBounded<StagedRecord[]>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var repeats = new RepeatWatch();
        var producer = Task.Run(() => Produce(reader, rows, report, repeats, direct?.Route, channel.Writer, progress, clock, stopReading.Token), ct);
        long directRows = 0;
        try
        {
            if (direct is null)
            {
                await StagingTable.CopyAsync(connection, channel.Reader.ReadAllAsync(ct), ct);
            }
            else
            {
                directRows = await DirectCopy.RunAsync(connection, transaction, channel.Reader.ReadAllAsync(ct), direct.Spill, network, sourceRef, report.Public, ct);
            }
        }
        catch
        {
            // The copy failed: the reader may be waiting for room in the channel; stop it before the file is closed.
            await stopReading.CancelAsync();
            await producer.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }

        await producer;
        report.Timed(direct is null ? "read, validate, COPY to staging" : "read, validate, COPY to initiatives (direct load)", clock.Elapsed);
        progress?.Report(new ImportProgress(report.Read, clock.Elapsed, "merge"));
        var lap = Stopwatch.StartNew();
        if (direct is null)
        {
            await MergeAsync(merger, map, options with { Indexes = tableBusy ? IndexStrategy.Incremental : options.Indexes }, report, repeats, lap, ct);
        }
        else
        {
            await MergeAfterDirectLoadAsync(merger, direct, directRows, sourceRef, report, repeats, lap, ct);
        }

        if (options.DryRun)
        {
            await transaction.RollbackAsync(ct);
        }
        else
        {
            await transaction.CommitAsync(ct);
        }

        Lap(report, lap, options.DryRun ? "rollback (dry run)" : "commit");

        report.SortRows();
        return report;
    }

    private static async Task MergeAsync(Merger merger, ColumnMap map, ImportOptions options, ImportReport report, RepeatWatch repeats, Stopwatch lap,
        CancellationToken ct)
    {
        await merger.AnalyzeStagingAsync(ct);
        Lap(report, lap, "analyze staging");
        if (!repeats.IdentityKeysDistinct)
        {
            ReportRepeats(report, await FileRepeats.MarkAsync(merger, withDirectRows: false, ct));
        }

        Lap(report, lap, "duplicates within the file");
        // A network's first import matches nothing: then every staged row that is not a duplicate is new, a count the
        // report already holds (rows read minus rows rejected so far), and the matching and counting scans are skipped.
        // Each step below that only concerns matched rows is likewise skipped when there are none to concern.
        var (matched, newRows) = (0L, report.Read - report.Rejected);
        if (await merger.NetworkHasRecordsAsync(ct))
        {
            await merger.MatchExistingAsync(repeats.EveryRowHasExternalId, ct);
            (matched, newRows) = await merger.CountMatchedAndNewAsync(ct);
        }

        Lap(report, lap, "match existing records");
        if (matched > 1)
        {
            foreach (var (line, first) in await merger.MarkSharedTargetsAsync(ct))
            {
                report.Error(line, "identity", $"Désigne la même initiative que la ligne {first} : la ligne est ignorée.");
                report.Rejected++;
                // The row was matched; it is now a rejected duplicate (its target cleared), neither matched nor new.
                matched--;
            }
        }

        Lap(report, lap, "records reached twice");
        await CrossNetworkDuplicates.ReportAsync(merger, report, ct);
        Lap(report, lap, "cross-network duplicates");
        report.Updated = matched == 0 ? 0 : await merger.UpdateChangedAsync(MergeColumns.For(map, options.Profile), Truncate(options.SourceName, 300), ct);
        report.Unchanged = matched - report.Updated;
        Lap(report, lap, "update changed records");
        var wantsBulk = !options.DryRun && options.Indexes switch
        {
            IndexStrategy.Incremental => false,
            IndexStrategy.RebuildIndexes => true,
            _ => newRows >= BulkLoad.MinimumRows && BulkLoad.PaysOff(newRows, await merger.CountExistingUpToAsync(newRows * 4, ct)),
        };
        var bulk = new BulkLoad();
        report.IndexesRebuilt = wantsBulk && await bulk.TryLockAsync(merger.Connection, merger.Transaction, ct);
        if (wantsBulk)
        {
            Lap(report, lap, report.IndexesRebuilt ? "lock initiatives" : "lock initiatives: busy, incremental path instead");
        }

        // After the lock on the bulk path: no other writer can take one of these slugs before the insert.
        await merger.AllocateSlugsAsync(repeats.SlugBasesDistinct, ct);
        Lap(report, lap, "allocate slugs");

        if (report.IndexesRebuilt)
        {
            await bulk.PrepareAsync(merger.Connection, merger.Transaction, ct);
            Lap(report, lap, "drop secondary indexes and foreign keys (table locked until commit)");
        }

        report.Created = await merger.InsertNewAsync(Truncate(options.SourceName, 300), ct);
        Lap(report, lap, "insert new records");
        if (report.IndexesRebuilt)
        {
            await bulk.CompleteAsync(merger.Connection, merger.Transaction, ct);
            Lap(report, lap, "rebuild secondary indexes, check foreign keys");
        }

        await PublicCounts.AddStagedAsync(merger, matched > 0, report.Public, ct);
        Lap(report, lap, "count what the public will see");
    }

    /// <summary>The rows a direct load set aside are staged and merged exactly, then the indexes rebuilt.</summary>
    private static async Task MergeAfterDirectLoadAsync(Merger merger, DirectLoad direct, long directRows, string sourceRef, ImportReport report,
        RepeatWatch repeats, Stopwatch lap, CancellationToken ct)
    {
        report.IndexesRebuilt = true;
        long inserted = 0;
        if (direct.Spill.Count > 0)
        {
            await StagingTable.CopyAsync(merger.Connection, direct.Spill.ReadAllAsync(BatchSize), ct);
            Lap(report, lap, $"COPY the {direct.Spill.Count} rows set aside to staging");
            await merger.AnalyzeStagingAsync(ct);
            Lap(report, lap, "analyze staging");
            if (!repeats.IdentityKeysDistinct)
            {
                ReportRepeats(report, await FileRepeats.MarkAsync(merger, withDirectRows: true, ct));
            }

            Lap(report, lap, "duplicates within the file");
            await merger.AllocateSlugsAsync(repeats.SlugBasesDistinct, ct);
            Lap(report, lap, "allocate slugs");
            inserted = await merger.InsertNewAsync(sourceRef, ct);
            Lap(report, lap, "insert new records");
            await PublicCounts.AddStagedAsync(merger, anyMatched: false, report.Public, ct);
            Lap(report, lap, "count what the public will see");
        }

        await direct.Bulk.CompleteAsync(merger.Connection, merger.Transaction, ct);
        Lap(report, lap, "rebuild secondary indexes, check foreign keys");
        if (direct.Spill.Count > 0)
        {
            await CrossNetworkDuplicates.ReportAsync(merger, report, ct);
            Lap(report, lap, "cross-network duplicates");
        }

        report.Created = directRows + inserted;
    }

    /// <summary>Each true repeat once, as a rejected row; each distinct place of a shared name and postcode once, as information.</summary>
    private static void ReportRepeats(ImportReport report, SamePlace.Resolution resolution)
    {
        foreach (var (line, first, byId) in resolution.Repeats)
        {
            report.Error(line, "identity", byId
                ? $"Même identifiant que la ligne {first} : la ligne est ignorée."
                : $"Même nom et code postal que la ligne {first}, sans commune, adresse ni position qui diffèrent : ligne répétée, ignorée.");
            report.Rejected++;
        }

        foreach (var (line, first, difference) in resolution.Distinct)
        {
            report.Info(line, "identity", $"Même nom et code postal que la ligne {first}, mais {difference} : importée comme une initiative distincte.");
        }
    }

    private static void Lap(ImportReport report, Stopwatch lap, string phase)
    {
        report.Timed(phase, lap.Elapsed);
        lap.Restart();
    }

    /// <summary>
    /// The header is the first row, or, when the first row names no name column, the first of the next
    /// <see cref="MaxRowsAboveHeader"/> rows that does: spreadsheet exports often start with a title, a date or notes.
    /// </summary>
    private static ColumnMap ReadHeader(CsvReader reader, ImportProfile profile, ImportReport report)
    {
        IReadOnlyList<string> headers;
        try
        {
            headers = reader.Headers;
        }
        catch (CsvFormatException e)
        {
            throw new ImportFileException("The header row cannot be read as CSV (" + e.Message + ").", e);
        }

        var map = ColumnMap.Build(headers, profile);
        if (map.Has(ImportField.Name))
        {
            return ReportUnused(map, 1, report);
        }

        var anyText = headers.Any(h => !string.IsNullOrWhiteSpace(h));
        try
        {
            foreach (var row in reader)
            {
                var cells = new string[row.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = row[i].ToString();
                }

                anyText |= cells.Any(c => !string.IsNullOrWhiteSpace(c));
                var candidate = ColumnMap.Build(cells, profile);
                var line = row.RowNumber + 1;
                if (candidate.Has(ImportField.Name))
                {
                    report.Warn(line, "row", line == 2
                        ? "L'en-tête est à la ligne 2 : la ligne 1 qui le précède (titre, notes) n'est pas importée."
                        : $"L'en-tête est à la ligne {line} : les lignes 1 à {line - 1} qui le précèdent (titre, notes) ne sont pas importées.");
                    return ReportUnused(candidate, line, report);
                }

                if (line > MaxRowsAboveHeader)
                {
                    break;
                }
            }
        }
        catch (CsvFormatException e)
        {
            throw new ImportFileException("The first rows cannot be read as CSV (" + e.Message + ").", e);
        }

        throw new ImportFileException(anyText
            ? $"No column holds the initiatives' names (expected a header such as 'nom', 'nom de la structure' or 'name' in one of the first {MaxRowsAboveHeader + 1} rows, or a mapping file naming it)."
            : "The file is empty: it has no header row.");
    }

    /// <summary>Says which named columns are not imported, so a network sees at once what a mapping file should name.</summary>
    private static ColumnMap ReportUnused(ColumnMap map, long headerLine, ImportReport report)
    {
        const int MaxListed = 20;
        if (map.Unused.Count > 0)
        {
            var listed = string.Join(", ", map.Unused.Take(MaxListed).Select(h => $"« {(h.Length <= 60 ? h : h[..60] + "…")} »"));
            var more = map.Unused.Count > MaxListed ? $" et {map.Unused.Count - MaxListed} autre(s)" : string.Empty;
            report.Warn(headerLine, "header",
                $"Colonne(s) non reconnue(s), non importée(s) : {listed}{more}. Un fichier de correspondance (--mapping) peut les associer à un champ.");
        }

        return map;
    }

    private static async Task Produce(CsvReader reader, RowReader rows, ImportReport report, RepeatWatch repeats, DirectRoute? route, ChannelWriter<StagedRecord[]> output,
        IProgress<ImportProgress>? progress, Stopwatch clock, CancellationToken ct)
    {
        Exception? failure = null;
        try
        {
            var batch = new List<StagedRecord>(BatchSize);
            var waited = TimeSpan.Zero;
            var nextProgress = TimeSpan.FromMilliseconds(500);
            foreach (var row in reader)
            {
                if (IsBlank(row))
                {
                    continue;
                }

                report.Read++;
                var staged = rows.Read(row, row.RowNumber + 1, report);
                if (staged is null)
                {
                    report.Rejected++;
                }
                else
                {
                    repeats.Add(staged.IdentityKey, staged.SlugBase, staged.Initiative.ExternalId is not null);
                    route?.Route(staged);
                    batch.Add(staged);
                }

                if (batch.Count == BatchSize)
                {
                    var waitStart = Stopwatch.GetTimestamp();
                    await output.WriteAsync(batch.ToArray(), ct);
                    waited += Stopwatch.GetElapsedTime(waitStart);
                    batch.Clear();
                    if (progress is not null && clock.Elapsed >= nextProgress)
                    {
                        progress.Report(new ImportProgress(report.Read, clock.Elapsed, "read"));
                        nextProgress = clock.Elapsed + TimeSpan.FromMilliseconds(500);
                    }
                }
            }

            if (batch.Count > 0)
            {
                await output.WriteAsync(batch.ToArray(), ct);
            }

            report.Timed("reading and validating: time spent waiting for the COPY", waited);
            report.Timed("reading and validating: done (since start)", clock.Elapsed);
        }
        catch (CsvFormatException e)
        {
            failure = new ImportFileException(
                $"Row {report.Read + 2} cannot be read: a record larger than {CsvSource.MaxRecordBytes / (1024 * 1024)} MB or broken quoting (probably a quote that is never closed).", e);
        }
        catch (Exception e)
        {
            failure = e;
        }

        output.TryComplete(failure);
        if (failure is not null)
        {
            throw failure;
        }
    }

    private static bool IsBlank(CsvRow row)
    {
        for (var i = 0; i < row.FieldCount; i++)
        {
            foreach (var b in row[i].Span)
            {
                if (b is not (byte)' ' and not (byte)'\t')
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
