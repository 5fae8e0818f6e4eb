using System.Globalization;
using Bdis.Cli.Commands;

namespace Bdis.Import.Tests;

/// <summary>The self-overwriting progress line of `bdis import` and `bdis bench import`, written to an injected writer.</summary>
public sealed class TerminalProgressTests
{
    [Theory]
    [InlineData("en", "rows read", "rows/s")]
    [InlineData("fr", "lignes lues", "lignes/s")]
    public void Progress_line_shows_rows_read_and_rows_per_second_and_overwrites_itself(string language, string read, string perSecond)
    {
        var output = new StringWriter();
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var progress = new TerminalProgress(output);
            progress.Report(new ImportProgress(12_346, TimeSpan.FromSeconds(2), "read"));
            progress.Report(new ImportProgress(1_000_000, TimeSpan.FromSeconds(20), "merge"));
            progress.Finish();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        Assert.Equal(
            $"\r      12,346 {read},      6,173 {perSecond} (read)   " +
            $"\r   1,000,000 {read},     50,000 {perSecond} (merge)   " + Environment.NewLine,
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
