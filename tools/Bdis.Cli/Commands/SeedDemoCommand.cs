using Bdis.Cli.CommandLine;
using Bdis.Core.Reference;
using Bdis.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Bdis.Cli.Commands;

public sealed class SeedDemoCommand : ICliCommand
{
    public IReadOnlyList<string> Words { get; } = ["seed-demo"];

    public string Usage => "seed-demo [--force]";

    public string Summary => "Load the fictional demo networks and initiatives (only into an empty store unless --force).";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        var parsed = ParsedArgs.Parse(args, [], ["--force"]);
        parsed.ExpectPositionals(0);
        await using var db = await context.CreateDbContextAsync();
        if (!parsed.Has("--force") && await db.Initiatives.AnyAsync())
        {
            await context.Error.WriteLineAsync("The store already holds initiatives; nothing loaded. Use --force to add the demo records anyway.");
            return 1;
        }

        var count = await DemoSeeder.SeedAsync(db, context.Referentials, Path.Combine(DataFolder.Locate(), "demo"), CancellationToken.None);
        await context.Out.WriteLineAsync($"Loaded {count} demo initiatives.");
        return 0;
    }
}
