using System.CommandLine;

namespace Bdis.Cli.CommandLine;

/// <summary>A command's help as System.CommandLine writes it (description, usage, arguments, options, subcommands).</summary>
public static class CliHelp
{
    /// <summary>Writes the help of <paramref name="command"/>, a command of the tree under <paramref name="root"/>.</summary>
    public static void Write(Command root, Command command, TextWriter writer)
    {
        var words = new List<string>();
        for (var c = command; c != root && c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            words.Insert(0, c.Name);
        }

        // The framework's help writer is reached through its --help action only.
        root.Parse([.. words, "--help"]).Invoke(new InvocationConfiguration { Output = writer, Error = writer });
    }
}
