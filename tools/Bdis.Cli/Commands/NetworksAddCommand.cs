using Bdis.Cli.CommandLine;
using Bdis.Core.Networks;
using Bdis.Data.Stores;

namespace Bdis.Cli.Commands;

public sealed class NetworksAddCommand : ICliCommand
{
    public IReadOnlyList<string> Words { get; } = ["networks", "add"];

    public string Usage => "networks add CODE --name NAME [--region CODE]... [--website URL]";

    public string Summary => "Register a regional network that owns records.";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        var parsed = ParsedArgs.Parse(args, ["--name", "--region", "--website"], []);
        var code = parsed.Positional(0, "network CODE");
        parsed.ExpectPositionals(1);
        var network = new Network
        {
            Code = code,
            Name = parsed.Required("--name"),
            Website = parsed.Value("--website"),
            Regions = parsed.Values("--region").SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList(),
        };
        await using var db = await context.CreateDbContextAsync();
        await new NetworkStore(db, context.Referentials).AddAsync(network, CancellationToken.None);
        await context.Out.WriteLineAsync($"Network {network.Code} added.");
        return 0;
    }
}
