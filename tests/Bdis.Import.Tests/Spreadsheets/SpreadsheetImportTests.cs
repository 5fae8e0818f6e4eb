using Bdis.Import.Reports;
using static Bdis.Import.Tests.Spreadsheets.SheetCell;

namespace Bdis.Import.Tests.Spreadsheets;

/// <summary>
/// A workbook imports exactly as its CSV export: the same records and the same report, row numbers included, each
/// compared on a fresh database.
/// </summary>
public sealed class SpreadsheetImportTests
{
    /// <summary>A network's sheet with what real ones hold: a title and an empty row above the header, numbers,
    /// a postcode shown with its zero, dates, line breaks, quotes and separators in texts, a row without a name, a
    /// repeated row, bad and swapped coordinates, an unknown category, a row without a theme.</summary>
    private static readonly SheetCell?[]?[] Rows =
    [
        ["Annuaire des lieux - mars 2024"],
        null,
        ["nom", "adresse", "code postal", "commune", "thématiques", "latitude", "longitude", "siret", "courriel", "créé le"],
        ["Bibliothèque de Castellane", "Place Marcel Sauvaire", Z("04120"), "Castellane", "Inclusion numérique", N("43.8472"), N("6.5128"), null, "bib@castellane.example.org", D("2024-03-01")],
        ["Ressourcerie \"Le Grenier\"", "12 rue des Lilas\nBâtiment B", N("13100"), "Aix-en-Provence", "Épicerie solidaire", N("43.5297"), N("5.4474"), N("12345678901234"), null, D("2023-11-15")],
        null,
        [null, "sans nom", N("13001"), "Marseille", "AMAP"],
        ["AMAP du Panier; quartier", "3 rue du Panier", N("13002"), "Marseille", "AMAP;Circuit court", N("43.2986"), N("5.3681")],
        ["Café associatif", null, Z("06000"), "Nice", "Thème inconnu", N("200"), N("5")],
        ["Jardin des Lices", "2  place des Lices", N("35000"), "Rennes", "Jardin partagé", N("-1.6794"), N("48.1115")],
        ["AMAP du Panier; quartier", "3 rue du Panier", N("13002"), "Marseille", "AMAP"],
        ["Sans thème", null, N("13100"), "Aix-en-Provence"],
    ];

    [Theory]
    [InlineData("xlsx")]
    [InlineData("ods")]
    public async Task A_workbook_gives_the_same_records_and_report_as_its_csv_export(string format)
    {
        var workbook = format == "xlsx" ? TestWorkbooks.Xlsx(Rows) : TestWorkbooks.Ods(Rows);
        var (fromCsv, csvRecords) = await ImportOnFreshDatabaseAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(TestWorkbooks.Csv(Rows))));
        var (fromWorkbook, workbookRecords) = await ImportOnFreshDatabaseAsync(new MemoryStream(workbook));

        Assert.Equal((8L, 6L, 2L), (fromCsv.Read, fromCsv.Created, fromCsv.Rejected));
        Assert.Contains(new ReportRow(7, "name", Severity.Error, "Le nom de l'initiative est obligatoire : la ligne est ignorée."), fromCsv.Rows);
        Assert.Contains(fromCsv.Rows, r => r is { Line: 11, Field: "identity", Severity: Severity.Error });
        Assert.Contains(fromCsv.Rows, r => r is { Line: 3, Field: "row" });
        AssertSameImport(fromCsv, csvRecords, fromWorkbook, workbookRecords);
        Assert.Contains(workbookRecords, r => r.Contains("\"postcode\": \"04120\"", StringComparison.Ordinal));
    }

    /// <summary>
    /// The fixtures were made once by LibreOffice 7.4 from Files/lieux-libreoffice-source.csv (postcode and SIRET
    /// columns typed as text): <c>soffice --headless --infilter="CSV:59,34,76,1,1/1/2/1/3/2/4/1/5/1/6/1/7/1/8/2/9/1"
    /// --convert-to xlsx</c> (and <c>ods</c>); lieux-libreoffice-export.csv is LibreOffice's own CSV export of the xlsx
    /// (<c>--convert-to "csv:Text - txt - csv (StarCalc):59,34,76,1"</c>). The tests do not need LibreOffice.
    /// </summary>
    [Theory]
    [InlineData("lieux-libreoffice.xlsx")]
    [InlineData("lieux-libreoffice.ods")]
    public async Task A_workbook_saved_by_libreoffice_imports_as_its_own_csv_export(string file)
    {
        var (fromCsv, csvRecords) = await ImportOnFreshDatabaseAsync(File.OpenRead(TestFiles.PathTo("lieux-libreoffice-export.csv")));
        var (fromWorkbook, workbookRecords) = await ImportOnFreshDatabaseAsync(File.OpenRead(TestFiles.PathTo(file)));

        Assert.Equal((6L, 5L, 1L), (fromCsv.Read, fromCsv.Created, fromCsv.Rejected));
        AssertSameImport(fromCsv, csvRecords, fromWorkbook, workbookRecords);
    }

    [Theory]
    [InlineData("xlsx", true)]
    [InlineData("ods", false)]
    public async Task A_large_first_xlsx_takes_the_direct_load_from_its_dimension_while_an_ods_is_staged(string format, bool direct)
    {
        const int Count = 25_000;
        byte[] workbook;
        if (format == "xlsx")
        {
            using var stream = new MemoryStream();
            TestWorkbooks.XlsxPackage(stream, w =>
            {
                w.Write("<row r=\"1\"><c t=\"inlineStr\"><is><t>nom</t></is></c><c t=\"inlineStr\"><is><t>cp</t></is></c><c t=\"inlineStr\"><is><t>thèmes</t></is></c></row>");
                for (var i = 1; i <= Count; i++)
                {
                    w.Write($"<row r=\"{i + 1}\"><c t=\"inlineStr\"><is><t>Lieu {i}</t></is></c><c><v>13100</v></c><c t=\"inlineStr\"><is><t>AMAP</t></is></c></row>");
                }
            }, dimension: $"<dimension ref=\"A1:C{Count + 1}\"/>");
            workbook = stream.ToArray();
        }
        else
        {
            workbook = TestWorkbooks.Ods([["nom", "cp", "thèmes"], .. Enumerable.Range(1, Count).Select(i => new SheetCell?[] { $"Lieu {i}", N("13100"), "AMAP" })]);
        }

        var db = new ImportDatabase();
        await db.InitializeAsync();
        try
        {
            var report = await db.ImportAsync("RES-A", new MemoryStream(workbook));
            Assert.Equal((Count, Count, 0L), (report.Read, report.Created, report.Rejected));
            Assert.Equal(direct, report.Phases.Any(p => p.Name.EndsWith("(direct load)", StringComparison.Ordinal)));
            Assert.True(report.IndexesRebuilt);
            Assert.Equal(Count, await db.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE network_code = 'RES-A' AND postcode = '13100'"));
        }
        finally
        {
            await db.DisposeAsync();
        }
    }

    private static void AssertSameImport(ImportReport expected, List<string> expectedRecords, ImportReport actual, List<string> actualRecords)
    {
        Assert.Equal(
            (expected.Read, expected.Created, expected.Updated, expected.Unchanged, expected.Rejected, expected.Warnings),
            (actual.Read, actual.Created, actual.Updated, actual.Unchanged, actual.Rejected, actual.Warnings));
        Assert.Equal(expected.Rows, actual.Rows);
        Assert.Equal(expected.UnknownCategories, actual.UnknownCategories);
        Assert.NotEmpty(expectedRecords);
        Assert.Equal(expectedRecords, actualRecords);
    }

    /// <summary>Imports into a database of its own and returns the report and every record (less its id and times).</summary>
    private static async Task<(ImportReport Report, List<string> Records)> ImportOnFreshDatabaseAsync(Stream input)
    {
        var db = new ImportDatabase();
        await db.InitializeAsync();
        try
        {
            await using (input)
            {
                var report = await db.ImportAsync("RES-A", input);
                var records = await db.RowsAsync(
                    "SELECT (to_jsonb(i) - 'id' - 'created_at' - 'updated_at')::text || '|' || coalesce(ST_AsText(location), '') FROM initiatives i ORDER BY slug");
                return (report, records);
            }
        }
        finally
        {
            await db.DisposeAsync();
        }
    }
}
