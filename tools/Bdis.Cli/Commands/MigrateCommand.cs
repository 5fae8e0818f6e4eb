using System.CommandLine;
using Bdis.Cli.CommandLine;
using Bdis.Cli.Hosting;
using Bdis.Cli.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace Bdis.Cli.Commands;

/// <summary>The host's start creates and migrates the database (as the web host's does): what is left is to say so.</summary>
public sealed class MigrateCommand : CliCommand
{
    public override IReadOnlyList<string> Words { get; } = ["migrate"];

    public override Command Define() => new("migrate", CliText.MigrateDescription);

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken ct)
    {
        await services.GetRequiredService<CliConsole>().Out.WriteLineAsync(CliText.SchemaUpToDate);
        return 0;
    }
}
