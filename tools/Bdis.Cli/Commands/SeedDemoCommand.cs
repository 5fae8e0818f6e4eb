using System.CommandLine;
using System.Globalization;
using Bdis.Cli.CommandLine;
using Bdis.Cli.Hosting;
using Bdis.Cli.Resources;
using Bdis.Core.Reference;
using Bdis.Data;
using Bdis.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bdis.Cli.Commands;

public sealed class SeedDemoCommand : CliCommand
{
    private readonly Option<bool> _force = CliOptions.Flag("--force", CliText.ForceOption);

    public override IReadOnlyList<string> Words { get; } = ["seed-demo"];

    public override Command Define() => new("seed-demo", CliText.SeedDemoDescription) { _force };

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken ct)
    {
        var console = services.GetRequiredService<CliConsole>();
        var db = services.GetRequiredService<BdisDbContext>();
        if (!parse.GetValue(_force) && await db.Initiatives.AnyAsync(ct))
        {
            await console.Error.WriteLineAsync(CliText.StoreNotEmpty);
            return 1;
        }

        var count = await DemoSeeder.SeedAsync(db, services.GetRequiredService<Referentials>(), Path.Combine(DataFolder.Locate(), "demo"), ct);
        await console.Out.WriteLineAsync(string.Format(CultureInfo.CurrentCulture, CliText.DemoLoaded, count));
        return 0;
    }
}
