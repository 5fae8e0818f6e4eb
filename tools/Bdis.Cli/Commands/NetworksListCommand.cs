using Bdis.Cli.CommandLine;
using Bdis.Data.Stores;
using Microsoft.EntityFrameworkCore;

namespace Bdis.Cli.Commands;

public sealed class NetworksListCommand : ICliCommand
{
    public IReadOnlyList<string> Words { get; } = ["networks", "list"];

    public string Usage => "networks list";

    public string Summary => "List the networks with their regions and record counts.";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        ParsedArgs.Parse(args, [], []).ExpectPositionals(0);
        await using var db = await context.CreateDbContextAsync();
        var networks = await new NetworkStore(db, context.Referentials).ListAsync(CancellationToken.None);
        var counts = await db.Initiatives.GroupBy(i => i.NetworkCode).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        if (networks.Count == 0)
        {
            await context.Out.WriteLineAsync("No network yet. Add one with: bdis networks add CODE --name NAME");
            return 0;
        }

        await context.Out.WriteLineAsync($"{"CODE",-16} {"RECORDS",8}  {"REGIONS",-12} NAME");
        foreach (var n in networks)
        {
            await context.Out.WriteLineAsync($"{n.Code,-16} {counts.GetValueOrDefault(n.Code),8}  {string.Join(',', n.Regions),-12} {n.Name}");
        }

        return 0;
    }
}
