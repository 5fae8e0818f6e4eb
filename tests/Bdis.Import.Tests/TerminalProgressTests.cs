using Bdis.Cli.Commands;

namespace Bdis.Import.Tests;

/// <summary>The self-overwriting progress line of `bdis import` and `bdis bench import`, written to an injected writer.</summary>
public sealed class TerminalProgressTests
{
    [Fact]
    public void Progress_line_shows_rows_read_and_rows_per_second_and_overwrites_itself()
    {
        var output = new StringWriter();
        var progress = new TerminalProgress(output);

        progress.Report(new ImportProgress(12_346, TimeSpan.FromSeconds(2), "read"));
        progress.Report(new ImportProgress(1_000_000, TimeSpan.FromSeconds(20), "merge"));
        progress.Finish();

        Assert.Equal(
            "\r      12,346 rows read,      6,173 rows/s (read)   " +
            "\r   1,000,000 rows read,     50,000 rows/s (merge)   " + Environment.NewLine,
            output.ToString());
    }

    [Fact]
    public void Finish_without_any_progress_writes_nothing_and_redirected_output_gets_no_progress()
    {
        var output = new StringWriter();
        new TerminalProgress(output).Finish();
        Assert.Equal("", output.ToString());
        Assert.Null(TerminalProgress.ForConsole(output));
    }

    [Fact]
    public void Rows_per_second_is_zero_before_any_time_has_passed()
    {
        Assert.Equal(0, new ImportProgress(10, TimeSpan.Zero, "read").RowsPerSecond);
        Assert.Equal(6_172.5, new ImportProgress(12_345, TimeSpan.FromSeconds(2), "read").RowsPerSecond);
    }
}
