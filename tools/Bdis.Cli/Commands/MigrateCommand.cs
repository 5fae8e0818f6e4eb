using Bdis.Cli.CommandLine;

namespace Bdis.Cli.Commands;

public sealed class MigrateCommand : ICliCommand
{
    public IReadOnlyList<string> Words { get; } = ["migrate"];

    public string Usage => "migrate";

    public string Summary => "Create the database if needed and apply pending schema migrations.";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        ParsedArgs.Parse(args, [], []).ExpectPositionals(0);
        await context.DatabaseAsync();
        await context.Out.WriteLineAsync("The database schema is up to date.");
        return 0;
    }
}
