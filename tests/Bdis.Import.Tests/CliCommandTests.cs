using System.Text.Json;
using Bdis.Cli;
using Microsoft.Extensions.Configuration;

namespace Bdis.Import.Tests;

/// <summary>The `bdis import/export/bench` commands in-process against the class's database: exit codes, JSON shapes, one-sentence failures.</summary>
public sealed class CliCommandTests(ImportDatabase db) : IClassFixture<ImportDatabase>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bdis-cli-import-").FullName;

    [Fact]
    public async Task Json_report_has_the_agreed_shape_and_rejected_rows_still_exit_0()
    {
        var file = Write("mixed.csv", "nom;cp;thèmes\nBon;13100;AMAP\n;13100;AMAP\n");
        var (exit, output, _) = await RunAsync("import", "initiatives", file, "--network", "RES-A", "--json");
        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("2|1|0|0|1|0", string.Join("|", new[] { "read", "created", "updated", "unchanged", "rejected", "warnings" }.Select(k => json.GetProperty(k).GetInt64())));
        var row = json.GetProperty("rows").EnumerateArray().Single();
        Assert.Equal("3|name|error", $"{row.GetProperty("line").GetInt64()}|{row.GetProperty("field").GetString()}|{row.GetProperty("severity").GetString()}");
        Assert.False(string.IsNullOrEmpty(row.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Report_file_lists_every_message_as_a_spreadsheet_csv()
    {
        var file = Write("warn.csv", "nom;cp;lat;lon;thèmes\nBon;13100;abc;5.4;AMAP\n");
        var report = Path.Combine(_folder, "report.csv");
        var (exit, _, _) = await RunAsync("import", "initiatives", file, "--network", "RES-B", "--report", report);
        Assert.Equal(0, exit);
        var lines = File.ReadAllLines(report);
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(report)[..3]);
        Assert.Equal("ligne;champ;gravite;message", lines[0]);
        Assert.StartsWith("2;location;avertissement;", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("binary")]
    [InlineData("all-rejected")]
    [InlineData("no-name-column")]
    [InlineData("unknown-network")]
    [InlineData("missing-file")]
    [InlineData("header-only")]
    public async Task Unusable_input_exits_1_with_one_sentence_and_no_stack_trace(string kind)
    {
        var network = "RES-C";
        var file = kind switch
        {
            "binary" => WriteBytes("image.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]),
            "all-rejected" => Write("rejected.csv", "nom;cp\n;13100\n   ;13001\n"),
            "no-name-column" => Write("noname.csv", "adresse;cp\n1 rue;13100\n"),
            "missing-file" => Path.Combine(_folder, "absent.csv"),
            "header-only" => Write("header.csv", "nom;cp\n"),
            _ => Write("ok.csv", "nom\nUn\n"),
        };
        if (kind == "unknown-network")
        {
            network = "NOPE";
        }

        var before = await db.SnapshotAsync();
        var (exit, _, error) = await RunAsync("import", "initiatives", file, "--network", network);
        Assert.Equal(1, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
        Assert.Equal(before, await db.SnapshotAsync());
    }

    [Theory]
    [InlineData("import", "initiatives")]
    [InlineData("import", "initiatives", "f.csv")]
    [InlineData("import", "initiatives", "f.csv", "--network")]
    [InlineData("import", "initiatives", "f.csv", "--network", "X", "--colour", "red")]
    [InlineData("export", "initiatives", "--format", "xml")]
    [InlineData("bench", "import")]
    [InlineData("bench", "import", "--rows", "lots")]
    public async Task Usage_errors_exit_2(params string[] args) => Assert.Equal(2, (await RunAsync(args)).Exit);

    [Fact]
    public async Task Export_command_writes_geojson_to_a_file()
    {
        await db.ImportTextAsync("RES-D", "nom;cp;latitude;longitude;thèmes\nUn;13100;43.5;5.4;AMAP\n");
        var output = Path.Combine(_folder, "out.geojson");
        var (exit, _, _) = await RunAsync("export", "initiatives", "--format", "geojson", "--network", "RES-D", "--output", output);
        Assert.Equal(0, exit);
        var feature = JsonDocument.Parse(File.ReadAllBytes(output)).RootElement.GetProperty("features")[0];
        Assert.Equal("[5.4,43.5]", feature.GetProperty("geometry").GetProperty("coordinates").GetRawText());
    }

    [Fact]
    public async Task Bench_prints_one_json_object_with_import_and_both_raw_copy_timings()
    {
        var (exit, output, _) = await RunAsync("bench", "import", "--rows", "300", "--json");
        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(300, json.GetProperty("rows").GetInt64());
        foreach (var part in new[] { "import", "rawCopy", "rawCopyRebuild" })
        {
            Assert.True(json.GetProperty(part).GetProperty("seconds").GetDouble() > 0);
            Assert.True(json.GetProperty(part).GetProperty("rowsPerSecond").GetDouble() > 0);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text) => WriteBytes(name, System.Text.Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Bdis"] = db.ConnectionString })
            .Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error, configuration);
        return (exit, output.ToString(), error.ToString());
    }
}
