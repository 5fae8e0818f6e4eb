using System.Diagnostics;
using System.Threading.Channels;
using Bdis.Import.Reading;
using Bdis.Import.Reports;
using CsvHelper;

namespace Bdis.Import.Parsing;

/// <summary>
/// Reads the file on one thread and maps/validates its rows on as many threads as there are cores (at most four):
/// the profile showed the validation (text folding, territory lookup, URL and e-mail checks) as the client's whole cost,
/// the CSV parsing itself as a few percent. Each validating thread fills its own partial report, merged at the end.
/// Batches flow through bounded channels, so memory stays bounded whatever the size of the file.
/// </summary>
public sealed class RowPipeline(CsvReader reader, Func<RowReader> newRowReader, ImportReport report,
    IProgress<ImportProgress>? progress, Stopwatch clock)
{
    private const int BatchSize = 2_000;

    private static readonly int Workers = Math.Clamp(Environment.ProcessorCount, 1, 4);

    private TimeSpan _waitedForCopy;

    /// <summary>Runs until the file is read and every row is validated; completes <paramref name="output"/> (with the failure, if any).</summary>
    public async Task RunAsync(ChannelWriter<StagedRecord[]> output, CancellationToken ct)
    {
        var raw = Channel.CreateBounded<RawRow[]>(new BoundedChannelOptions(8) { SingleWriter = true });
        var parts = Enumerable.Range(0, Workers).Select(_ => new ImportReport()).ToArray();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reading = Task.Run(() => Read(raw.Writer, stop.Token), CancellationToken.None);
        var validating = parts.Select(part => Task.Run(() => ValidateAsync(newRowReader(), raw.Reader, part, output, stop), CancellationToken.None)).ToArray();
        Exception? failure = null;
        try
        {
            await Task.WhenAll(validating.Append(reading));
        }
        catch (Exception)
        {
            var all = validating.Append(reading).Where(t => t.IsFaulted).SelectMany(t => t.Exception!.InnerExceptions).ToList();
            failure = all.FirstOrDefault(e => e is not OperationCanceledException) ?? all.FirstOrDefault() ?? new OperationCanceledException(ct);
        }

        foreach (var part in parts)
        {
            report.Absorb(part);
        }

        report.Timed("reading and validating: time the validating threads waited for the COPY", _waitedForCopy);
        report.Timed("reading and validating: done (since start)", clock.Elapsed);
        output.TryComplete(failure);
        if (failure is not null)
        {
            throw failure;
        }
    }

    private async Task Read(ChannelWriter<RawRow[]> output, CancellationToken ct)
    {
        Exception? failure = null;
        try
        {
            var batch = new List<RawRow>(BatchSize);
            var nextProgress = TimeSpan.FromMilliseconds(500);
            foreach (var row in reader)
            {
                if (IsBlank(row))
                {
                    continue;
                }

                report.Read++;
                var fields = new string[row.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = row[i].ToString();
                }

                batch.Add(new RawRow(row.RowNumber + 1, fields));
                if (batch.Count == BatchSize)
                {
                    await output.WriteAsync(batch.ToArray(), ct);
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

    private async Task ValidateAsync(RowReader rows, ChannelReader<RawRow[]> input, ImportReport part, ChannelWriter<StagedRecord[]> output,
        CancellationTokenSource stop)
    {
        try
        {
            await foreach (var batch in input.ReadAllAsync(stop.Token))
            {
                var staged = new List<StagedRecord>(batch.Length);
                foreach (var row in batch)
                {
                    if (rows.Read(row.Fields, row.Line, part) is { } record)
                    {
                        staged.Add(record);
                    }
                    else
                    {
                        part.Rejected++;
                    }
                }

                var waitStart = Stopwatch.GetTimestamp();
                await output.WriteAsync(staged.ToArray(), stop.Token);
                lock (this)
                {
                    _waitedForCopy += Stopwatch.GetElapsedTime(waitStart);
                }
            }
        }
        catch
        {
            // The reader may be waiting for room in the channel this thread no longer empties.
            await stop.CancelAsync();
            throw;
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

    private readonly record struct RawRow(long Line, string[] Fields);
}
