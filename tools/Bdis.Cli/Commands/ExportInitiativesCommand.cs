using System.CommandLine;
using System.Globalization;
using Bdis.Cli.CommandLine;
using Bdis.Cli.Hosting;
using Bdis.Cli.Resources;
using Bdis.Import.Export;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bdis.Cli.Commands;

public sealed class ExportInitiativesCommand : CliCommand
{
    private readonly Option<string> _format = CliOptions.Choice("--format", CliText.FormatOption, "csv", "geojson");
    private readonly Option<string> _network = CliOptions.Text("--network", "CODE", CliText.ExportNetworkOption);
    private readonly Option<string> _region = CliOptions.Text("--region", "CODE", CliText.ExportRegionOption);
    private readonly Option<string> _output = CliOptions.Text("--output", CliText.ValueFile, CliText.OutputOption);

    public override IReadOnlyList<string> Words { get; } = ["export", "initiatives"];

    public override Command Define() => new("initiatives", CliText.ExportDescription) { _format, _network, _region, _output };

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken ct)
    {
        var console = services.GetRequiredService<CliConsole>();
        var filter = new ExportFilter(parse.GetValue(_network), parse.GetValue(_region));
        var output = parse.GetValue(_output);
        await using var stream = output is not null ? File.Create(output)
            : console.IsProcessConsole ? Console.OpenStandardOutput() : new MemoryStream();
        var records = ExportSource.ReadAsync(services.GetRequiredService<NpgsqlDataSource>(), filter, ct);
        var count = (parse.GetValue(_format) ?? "csv") == "csv"
            ? await CsvExporter.WriteAsync(records, stream, ct)
            : await GeoJsonExporter.WriteAsync(records, stream, ct);
        if (stream is MemoryStream captured)
        {
            // Output captured in-process (tests): hand it over as text.
            await console.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(captured.ToArray()));
        }

        if (output is not null)
        {
            await console.Error.WriteLineAsync(string.Format(CultureInfo.CurrentCulture, CliText.Exported, count, output));
        }

        return 0;
    }
}
