using System.IO.Compression;
using Bdis.Cli;
using Microsoft.Extensions.Configuration;

namespace Bdis.Import.Tests.Spreadsheets;

/// <summary>`bdis import initiatives` on workbooks: told by content not name, --sheet, one French sentence and exit 1 when refused.</summary>
public sealed class SpreadsheetCliTests(ImportDatabase db) : IClassFixture<ImportDatabase>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bdis-cli-sheets-").FullName;

    [Fact]
    public async Task A_workbook_named_csv_is_imported_from_the_sheet_given_by_sheet()
    {
        var file = Path.Combine(_folder, "export.csv");
        await File.WriteAllBytesAsync(file,
            TestWorkbooks.Xlsx([["nom", "cp", "thèmes"], ["AMAP du Cours", SheetCell.N("13100"), "AMAP"]], "Lieux 2024", before: ["Notes"]));
        var (exit, _, error) = await RunAsync("import", "initiatives", file, "--network", "RES-B", "--sheet", "lieux 2024");
        Assert.Equal((0, ""), (exit, error));
        Assert.Equal(["AMAP du Cours|13100|13"], await db.RowsAsync("SELECT name, postcode, department_code FROM initiatives WHERE network_code = 'RES-B'"));
    }

    [Theory]
    [InlineData("unknown-sheet", "Le classeur n'a pas de feuille « Adhérents » : ses feuilles sont « Lieux », « Archives ».")]
    [InlineData("sheet-on-csv", "L'option --sheet ne s'applique qu'à un classeur (.xlsx ou .ods) ; ce fichier n'en est pas un.")]
    [InlineData("bomb", "Le classeur est refusé : la partie xl/worksheets/sheet1.xml se décompresse plus de 200 fois sa taille compressée (bombe de décompression). Enregistrez la feuille au format CSV (UTF-8, séparateur « ; ») et importez ce fichier.")]
    public async Task A_refused_workbook_exits_1_with_one_french_sentence_and_writes_nothing(string kind, string sentence)
    {
        var file = Path.Combine(_folder, kind + ".xlsx");
        string[] sheet = [];
        switch (kind)
        {
            case "unknown-sheet":
                await File.WriteAllBytesAsync(file, TestWorkbooks.Xlsx([["nom"], ["Un"]], "Lieux", after: ["Archives"]));
                sheet = ["--sheet", "Adhérents"];
                break;
            case "sheet-on-csv":
                await File.WriteAllTextAsync(file, "nom;cp\nUn;13100\n");
                sheet = ["--sheet", "Lieux"];
                break;
            default:
                await using (var stream = File.Create(file))
                {
                    var row = "<row><c t=\"inlineStr\"><is><t>" + new string('a', 4000) + "</t></is></c></row>";
                    TestWorkbooks.XlsxPackage(stream, w =>
                    {
                        for (var i = 0; i < 20_000; i++)
                        {
                            w.Write(row);
                        }
                    }, level: CompressionLevel.SmallestSize);
                }

                break;
        }

        var before = await db.SnapshotAsync();
        var (exit, _, error) = await RunAsync(["import", "initiatives", file, "--network", "RES-C", .. sheet]);
        Assert.Equal((1, sentence), (exit, error.Trim()));
        Assert.Equal(before, await db.SnapshotAsync());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

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
