namespace Bdis.Cli.Commands;

/// <summary>One `bdis` command: its words ("networks add"), its usage line, and what it does.</summary>
public interface ICliCommand
{
    /// <summary>The words that select the command, e.g. ["networks", "add"].</summary>
    IReadOnlyList<string> Words { get; }

    /// <summary>Usage after "bdis ", e.g. "networks add CODE --name NAME [--region CODE]...".</summary>
    string Usage { get; }

    string Summary { get; }

    /// <returns>The process exit code.</returns>
    Task<int> RunAsync(CliContext context, IReadOnlyList<string> args);
}
