using System.Globalization;
using Bdis.Cli.Resources;
using Bdis.Import;

namespace Bdis.Cli.Commands;

/// <summary>One self-overwriting line on standard error (rows read, rows/s), only when a person is watching it.</summary>
public sealed class TerminalProgress(TextWriter error) : IProgress<ImportProgress>
{
    private readonly Lock _gate = new();
    private readonly string _template = CliText.Progress;
    private bool _written;

    /// <summary>Null when standard error is redirected (a file, a pipe, a test): progress lines would only be noise there.</summary>
    public static TerminalProgress? ForConsole(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? new TerminalProgress(error) : null;

    public void Report(ImportProgress value)
    {
        lock (_gate)
        {
            // Reported from the importer's threads: the template was read in the command's language beforehand.
            var line = string.Format(CultureInfo.InvariantCulture, _template,
                value.RowsRead.ToString("N0", CultureInfo.InvariantCulture).PadLeft(12),
                value.RowsPerSecond.ToString("N0", CultureInfo.InvariantCulture).PadLeft(10), value.Stage);
            error.Write($"\r{line}   ");
            _written = true;
        }
    }

    public void Finish()
    {
        lock (_gate)
        {
            if (_written)
            {
                error.WriteLine();
            }
        }
    }
}
