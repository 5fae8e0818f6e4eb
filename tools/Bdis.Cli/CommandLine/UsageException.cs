namespace Bdis.Cli.CommandLine;

/// <summary>The command line is wrong: the CLI prints the message and the usage, and exits 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
