using System.CommandLine;
using System.CommandLine.Help;
using Bdis.Cli.Resources;

namespace Bdis.Cli.CommandLine;

/// <summary>`bdis` and its commands as System.CommandLine sees them, grouped by their first word ("networks add", "networks list").</summary>
public sealed class CliCommandTree
{
    private readonly Dictionary<Command, CliCommand> _actions = [];

    public CliCommandTree(IEnumerable<CliCommand> commands)
    {
        Root = new Command("bdis", $"{CliText.RootDescription}\n\n{CliText.HelpFooter}") { new HelpOption { Description = CliText.HelpOption } };
        foreach (var command in commands)
        {
            var parent = Root;
            foreach (var word in command.Words.SkipLast(1))
            {
                parent = parent.Subcommands.FirstOrDefault(c => c.Name == word) ?? AddGroup(parent, word);
            }

            var defined = command.Define();
            parent.Add(defined);
            _actions[defined] = command;
        }
    }

    public Command Root { get; }

    /// <summary>The command that runs when the parse selected <paramref name="selected"/>; null for `bdis` and the groups.</summary>
    public CliCommand? Find(Command selected) => _actions.GetValueOrDefault(selected);

    private static Command AddGroup(Command parent, string word)
    {
        var group = new Command(word, word switch
        {
            "networks" => CliText.GroupNetworks,
            "import" => CliText.GroupImport,
            "export" => CliText.GroupExport,
            "boundaries" => CliText.GroupBoundaries,
            "bench" => CliText.GroupBench,
            _ => null,
        });
        parent.Add(group);
        return group;
    }
}
