using System.CommandLine;
using System.Globalization;
using Bdis.Cli.CommandLine;
using Bdis.Cli.Hosting;
using Bdis.Cli.Resources;
using Bdis.Core.Reference;
using Bdis.Data.Territories;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bdis.Cli.Commands;

public sealed class BoundariesLoadCommand : CliCommand
{
    private readonly Argument<string> _file = new($"{CliText.ValueFile}.geojson") { Description = CliText.GeoJsonFileArgument };
    private readonly Option<string> _kind = CliOptions.Choice("--kind", CliText.KindOption, TerritoryBoundary.RegionKind, TerritoryBoundary.DepartmentKind);

    public override IReadOnlyList<string> Words { get; } = ["boundaries", "load"];

    public override Command Define()
    {
        var command = new Command("load", CliText.BoundariesLoadDescription) { _file, _kind };
        command.Require(_kind);
        return command;
    }

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken ct)
    {
        var console = services.GetRequiredService<CliConsole>();
        var path = parse.GetRequiredValue(_file);
        var kind = parse.GetRequiredValue(_kind);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(string.Format(CultureInfo.CurrentCulture, CliText.FileMissing, path));
        }

        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        await using var file = File.OpenRead(path);
        var result = await BoundaryLoader.LoadAsync(dataSource, file, kind, services.GetRequiredService<Referentials>(), ct);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var placed = await TerritoryLocator.FillMissingAsync(connection, null, ct);
        await console.Out.WriteLineAsync(string.Format(CultureInfo.CurrentCulture, CliText.BoundariesLoaded, result.Loaded, kind, placed));
        foreach (var skipped in result.Skipped)
        {
            await console.Error.WriteLineAsync(string.Format(CultureInfo.CurrentCulture, CliText.BoundarySkipped, skipped));
        }

        return 0;
    }
}
