using Bdis.Cli.CommandLine;
using Bdis.Data;
using Bdis.Data.Territories;
using Npgsql;

namespace Bdis.Cli.Commands;

public sealed class BoundariesLoadCommand : ICliCommand
{
    public IReadOnlyList<string> Words { get; } = ["boundaries", "load"];

    public string Usage => "boundaries load FILE.geojson --kind region|department";

    public string Summary => "Load region or department outlines, then place located records that have no territory.";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        var parsed = ParsedArgs.Parse(args, ["--kind"], []);
        var path = parsed.Positional(0, "the GeoJSON FILE");
        parsed.ExpectPositionals(1);
        var kind = parsed.Required("--kind");
        if (kind is not (TerritoryBoundary.RegionKind or TerritoryBoundary.DepartmentKind))
        {
            throw new UsageException("--kind must be region or department.");
        }

        if (!File.Exists(path))
        {
            throw new IOException($"The file {path} does not exist.");
        }

        var database = await context.DatabaseAsync();
        await using var dataSource = BdisDbContextOptions.CreateDataSource(database.ConnectionString);
        await using var file = File.OpenRead(path);
        var result = await BoundaryLoader.LoadAsync(dataSource, file, kind, context.Referentials, CancellationToken.None);
        await using var connection = await dataSource.OpenConnectionAsync();
        var placed = await TerritoryLocator.FillMissingAsync(connection, null, CancellationToken.None);
        await context.Out.WriteLineAsync($"Loaded {result.Loaded} {kind} outlines; placed {placed} record(s) by their location.");
        foreach (var skipped in result.Skipped)
        {
            await context.Error.WriteLineAsync($"Skipped {skipped}");
        }

        return 0;
    }
}
