namespace Bdis.Cli.Hosting;

/// <summary>Where a command writes: its result on <see cref="Out"/>, messages and progress on <see cref="Error"/>.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>True when these are the process's own console streams (not captured by a test).</summary>
    public bool IsProcessConsole => ReferenceEquals(Out, Console.Out);
}
