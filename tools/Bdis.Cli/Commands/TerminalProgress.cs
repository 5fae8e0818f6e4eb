using System.Globalization;
using Bdis.Import;

namespace Bdis.Cli.Commands;

/// <summary>One self-overwriting line on standard error (rows read, rows/s), only when a person is watching it.</summary>
public sealed class TerminalProgress(TextWriter error) : IProgress<ImportProgress>
{
    private readonly Lock _gate = new();
    private bool _written;

    /// <summary>Null when standard error is redirected (a file, a pipe, a test): progress lines would only be noise there.</summary>
    public static TerminalProgress? ForConsole(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? new TerminalProgress(error) : null;

    public void Report(ImportProgress value)
    {
        lock (_gate)
        {
            error.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r{value.RowsRead,12:N0} rows read, {value.RowsPerSecond,10:N0} rows/s ({value.Stage})   "));
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
