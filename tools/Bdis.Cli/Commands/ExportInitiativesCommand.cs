using Bdis.Cli.CommandLine;
using Bdis.Data;
using Bdis.Import.Export;

namespace Bdis.Cli.Commands;

public sealed class ExportInitiativesCommand : ICliCommand
{
    public IReadOnlyList<string> Words { get; } = ["export", "initiatives"];

    public string Usage => "export initiatives [--format csv|geojson] [--network CODE] [--region CODE] [--output FILE]";

    public string Summary => "Export initiatives as CSV (UTF-8 with BOM, ';') or GeoJSON, streamed.";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        var parsed = ParsedArgs.Parse(args, ["--format", "--network", "--region", "--output"], []);
        parsed.ExpectPositionals(0);
        var format = (parsed.Value("--format") ?? "csv").ToLowerInvariant();
        if (format is not ("csv" or "geojson"))
        {
            throw new UsageException($"Unknown format '{format}': use csv or geojson.");
        }

        var filter = new ExportFilter(parsed.Value("--network"), parsed.Value("--region"));
        var database = await context.DatabaseAsync();
        await using var dataSource = BdisDbContextOptions.CreateDataSource(database.ConnectionString);
        var output = parsed.Value("--output");
        await using var stream = output is not null ? File.Create(output)
            : ReferenceEquals(context.Out, Console.Out) ? Console.OpenStandardOutput() : new MemoryStream();
        var records = ExportSource.ReadAsync(dataSource, filter, CancellationToken.None);
        var count = format == "csv"
            ? await CsvExporter.WriteAsync(records, stream, CancellationToken.None)
            : await GeoJsonExporter.WriteAsync(records, stream, CancellationToken.None);
        if (stream is MemoryStream captured)
        {
            // Output captured in-process (tests): hand it over as text.
            await context.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(captured.ToArray()));
        }

        if (output is not null)
        {
            await context.Error.WriteLineAsync($"Exported {count} initiatives to {output}.");
        }

        return 0;
    }
}
