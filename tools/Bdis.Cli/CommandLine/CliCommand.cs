using System.CommandLine;

namespace Bdis.Cli.CommandLine;

/// <summary>
/// One `bdis` command: where it sits ("networks add"), its arguments and options (declared once, as fields of the
/// command, with descriptions in the current UI language), and what it does with the host's services.
/// </summary>
public abstract class CliCommand
{
    /// <summary>The words that select it after "bdis", e.g. ["networks", "add"].</summary>
    public abstract IReadOnlyList<string> Words { get; }

    /// <summary>The System.CommandLine command named after the last word, with its arguments, options and checks.</summary>
    public abstract Command Define();

    /// <summary>Configuration keys its options stand for (e.g. --index-dir is Bdis:Search:IndexDirectory), given to the host.</summary>
    public virtual IEnumerable<KeyValuePair<string, string?>> Settings(ParseResult parse) => [];

    /// <returns>The process exit code: 0 done, 1 failed (after printing one sentence).</returns>
    public abstract Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken ct);
}
