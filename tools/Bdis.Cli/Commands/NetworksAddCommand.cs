using System.CommandLine;
using System.Globalization;
using Bdis.Cli.CommandLine;
using Bdis.Cli.Hosting;
using Bdis.Cli.Resources;
using Bdis.Core.Networks;
using Bdis.Data.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace Bdis.Cli.Commands;

public sealed class NetworksAddCommand : CliCommand
{
    private readonly Argument<string> _code = new("CODE") { Description = CliText.NetworkCodeArgument };
    private readonly Option<string> _name = CliOptions.Text("--name", CliText.ValueName, CliText.NetworkNameOption);
    private readonly Option<string[]> _regions = CliOptions.Texts("--region", "CODE", CliText.NetworkRegionOption);
    private readonly Option<string> _website = CliOptions.Text("--website", "URL", CliText.NetworkWebsiteOption);

    public override IReadOnlyList<string> Words { get; } = ["networks", "add"];

    public override Command Define()
    {
        var command = new Command("add", CliText.NetworksAddDescription) { _code, _name, _regions, _website };
        command.Require(_name);
        return command;
    }

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken ct)
    {
        var network = new Network
        {
            Code = parse.GetRequiredValue(_code),
            Name = parse.GetRequiredValue(_name),
            Website = parse.GetValue(_website),
            Regions = (parse.GetValue(_regions) ?? [])
                .SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList(),
        };
        await services.GetRequiredService<NetworkStore>().AddAsync(network, ct);
        await services.GetRequiredService<CliConsole>().Out.WriteLineAsync(
            string.Format(CultureInfo.CurrentCulture, CliText.NetworkAdded, network.Code));
        return 0;
    }
}
