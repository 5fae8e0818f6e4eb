using System.CommandLine;
using Bdis.Cli.CommandLine;
using Bdis.Cli.Hosting;
using Bdis.Cli.Resources;
using Bdis.Data;
using Bdis.Data.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bdis.Cli.Commands;

public sealed class NetworksListCommand : CliCommand
{
    public override IReadOnlyList<string> Words { get; } = ["networks", "list"];

    public override Command Define() => new("list", CliText.NetworksListDescription);

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken ct)
    {
        var output = services.GetRequiredService<CliConsole>().Out;
        var networks = await services.GetRequiredService<NetworkStore>().ListAsync(ct);
        var counts = await services.GetRequiredService<BdisDbContext>().Initiatives
            .GroupBy(i => i.NetworkCode).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        if (networks.Count == 0)
        {
            await output.WriteLineAsync(CliText.NoNetworkYet);
            return 0;
        }

        await output.WriteLineAsync($"{CliText.ColumnCode,-16} {CliText.ColumnInitiatives,11}  {CliText.ColumnRegions,-12} {CliText.ColumnName}");
        foreach (var n in networks)
        {
            await output.WriteLineAsync($"{n.Code,-16} {counts.GetValueOrDefault(n.Code),11}  {string.Join(',', n.Regions),-12} {n.Name}");
        }

        return 0;
    }
}
