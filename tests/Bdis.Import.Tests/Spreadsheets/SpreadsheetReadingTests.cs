using Bdis.Import.Reading;
using static Bdis.Import.Tests.Spreadsheets.SheetCell;

namespace Bdis.Import.Tests.Spreadsheets;

/// <summary>How a sheet's cells become the CSV text the importer reads: numbers, dates, texts, positions and sheets.</summary>
public sealed class SpreadsheetReadingTests
{
    [Fact]
    public async Task Xlsx_numbers_have_no_exponent_dates_are_iso_and_zero_padded_postcodes_keep_their_zero()
    {
        var workbook = TestWorkbooks.Xlsx([
            ["nom", "cp", "lat", "siret", "petit", "créé le", "somme"],
            ["Un", Z("04120"), N("43.8472"), N("12345678901234"), N("1.2E-05"), D("2024-03-01"), N("0.30000000000000004")],
        ]);
        var (csv, _) = await SheetText.ReadAsync(workbook);
        Assert.Equal("nom;cp;lat;siret;petit;créé le;somme\nUn;04120;43.8472;12345678901234;0.000012;2024-03-01;0.3\n", csv);
    }

    [Fact]
    public async Task Xlsx_rows_keep_their_sheet_numbers_and_texts_come_from_every_kind_of_cell()
    {
        var workbook = Package(
            """
            <row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="inlineStr"><is><r><t>Gras</t></r><r><rPr><b/></rPr><t xml:space="preserve"> et fin</t></r></is></c></row>
            <row r="5"><c t="s"><v>1</v></c><c t="b"><v>1</v></c><c t="str"><f>A5&amp;"x"</f><v>a;b</v></c><c t="e"><v>#N/A</v></c><c><f>1+1</f><v>2</v></c></row>
            <row r="6"><c r="A6" t="s"><v>2</v></c></row>
            <row r="7"/>
            """,
            "<si><t>Ligne \"un\"</t></si><si><r><t>Ri</t></r><r><t>che</t></r><rPh><t>ルビ</t></rPh></si><si><t>deux_x000D_\nlignes</t></si>");
        var (csv, _) = await SheetText.ReadAsync(workbook);
        Assert.Equal("\n;\"Ligne \"\"un\"\"\";Gras et fin\n\n\nRiche;TRUE;\"a;b\";#N/A;2\n\"deux\r\nlignes\";;;;\n", csv);
    }

    [Fact]
    public async Task Ods_cells_use_values_not_display_and_runs_of_empty_cells_and_rows_are_not_expanded()
    {
        var workbook = TestWorkbooks.OdsPackage("""
            <table:table table:name="Lieux">
            <table:table-column table:number-columns-repeated="16384"/>
            <table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
            <table:table-header-rows><table:table-row>
              <table:table-cell office:value-type="string"><text:p>nom</text:p></table:table-cell>
              <table:table-cell table:number-columns-repeated="3"/>
              <table:table-cell office:value-type="string"><text:p>cp</text:p></table:table-cell>
            </table:table-row></table:table-header-rows>
            <table:table-row>
              <table:table-cell office:value-type="string" table:number-columns-spanned="2"><text:p>Le  <text:s text:c="2"/>Grenier <text:span text:style-name="T1">« vert »</text:span></text:p><text:p>2<text:sup/>e<text:line-break/>étage<text:tab/>B<office:annotation><text:p>note cachée</text:p></office:annotation></text:p></table:table-cell>
              <table:covered-table-cell><text:p>caché</text:p></table:covered-table-cell>
              <table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25 %</text:p></table:table-cell>
              <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>VRAI</text:p></table:table-cell>
              <table:table-cell office:value-type="float" office:value="4120"><text:p>04120</text:p></table:table-cell>
              <table:table-cell office:value-type="float" office:value="1.2E-05"><text:p>0,00</text:p></table:table-cell>
              <table:table-cell office:value-type="date" office:date-value="2024-03-01T00:00:00"><text:p>01/03/24</text:p></table:table-cell>
              <table:table-cell office:value-type="time" office:time-value="PT10H30M00S"><text:p>10:30</text:p></table:table-cell>
            </table:table-row>
            <table:table-row table:number-rows-repeated="3"><table:table-cell/></table:table-row>
            <table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="string"><text:p>Deux fois</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="7"><text:p>7</text:p></table:table-cell></table:table-row>
            <table:table-row table:number-rows-repeated="1048550"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
            </table:table>
            """);
        var (csv, estimate) = await SheetText.ReadAsync(workbook);
        Assert.Equal(
            "\n\nnom;;;;cp\n\"Le   Grenier « vert »\n2e\nétage\tB\";;0.25;TRUE;04120;0.000012;2024-03-01;10:30:00\n\n\n\nDeux fois;7;7;;;;;\nDeux fois;7;7;;;;;\n",
            csv);
        Assert.Null(estimate);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("ods")]
    public async Task The_first_visible_sheet_is_read_unless_one_is_named_and_an_unknown_name_lists_the_sheets(string format)
    {
        var workbook = format == "xlsx"
            ? TestWorkbooks.Xlsx([["nom"], ["Premier"]], "Lieux", after: ["Archives 2023"])
            : TestWorkbooks.OdsPackage(
                """
                <table:table table:name="Cachée" table:style-name="ta2"><table:table-row><table:table-cell office:value-type="string"><text:p>caché</text:p></table:table-cell></table:table-row></table:table>
                <table:table table:name="Lieux"><table:table-row><table:table-cell office:value-type="string"><text:p>nom</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell office:value-type="string"><text:p>Premier</text:p></table:table-cell></table:table-row></table:table>
                <table:table table:name="Archives 2023"><table:table-row><table:table-cell office:value-type="string"><text:p>autre</text:p></table:table-cell></table:table-row></table:table>
                """,
                """<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>""");
        Assert.Equal("nom\nPremier\n", (await SheetText.ReadAsync(workbook)).Csv);
        Assert.Equal("autre\n", (await SheetText.ReadAsync(workbook, "archives 2023")).Csv);
        var error = await Assert.ThrowsAsync<ImportFileException>(() => SheetText.ReadAsync(workbook, "Adhérents"));
        var sheets = format == "xlsx" ? "« Lieux », « Archives 2023 »" : "« Cachée », « Lieux », « Archives 2023 »";
        Assert.Equal($"Le classeur n'a pas de feuille « Adhérents » : ses feuilles sont {sheets}.", error.Message);
    }

    [Fact]
    public async Task The_xlsx_row_estimate_comes_from_the_dimension_bounded_by_the_sheet_size()
    {
        var rows = string.Concat(Enumerable.Range(1, 300).Select(r => $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>Nom {r}</t></is></c></row>"));
        Assert.Equal(299, (await SheetText.ReadAsync(Package(rows, dimension: "<dimension ref=\"A1:A300\"/>"))).EstimatedRows);
        // A sheet formatted down to its last row claims a million rows; its few bytes cannot hold them.
        var claimed = (await SheetText.ReadAsync(Package(rows, dimension: "<dimension ref=\"A1:XFD1048576\"/>"))).EstimatedRows;
        Assert.InRange(claimed!.Value, 299, 600);
        Assert.Null((await SheetText.ReadAsync(Package(rows))).EstimatedRows);
    }

    [Theory]
    [InlineData("lieux-libreoffice.xlsx")]
    [InlineData("lieux-libreoffice.ods")]
    public async Task A_workbook_saved_by_libreoffice_reads_as_its_own_csv_export(string file)
    {
        var (csv, _) = await SheetText.ReadAsync(await File.ReadAllBytesAsync(TestFiles.PathTo(file)));
        var export = await File.ReadAllTextAsync(TestFiles.PathTo("lieux-libreoffice-export.csv"));
        Assert.Equal(SheetText.Records(export), SheetText.Records(csv));
    }

    [Fact]
    public async Task A_workbook_from_a_stream_that_cannot_seek_is_copied_aside_and_read()
    {
        await using var input = new ForwardOnlyStream(TestWorkbooks.Xlsx([["nom", "cp"], ["Un", Z("04120")]]));
        var (reader, _, _) = await CsvSource.OpenAsync(input, null, CancellationToken.None);
        using (reader)
        {
            Assert.Equal(["nom", "cp"], reader.Headers);
            var rows = new List<string>();
            foreach (var row in reader)
            {
                rows.Add(row[0].ToString() + "|" + row[1].ToString());
            }

            Assert.Equal(["Un|04120"], rows);
        }
    }

    private static byte[] Package(string rows, string? sharedStrings = null, string dimension = "")
    {
        using var stream = new MemoryStream();
        TestWorkbooks.XlsxPackage(stream, w => w.Write(rows), sharedStrings is null ? null : w => w.Write(sharedStrings), dimension: dimension);
        return stream.ToArray();
    }
}

/// <summary>A stream read once from start to end, as standard input is.</summary>
internal sealed class ForwardOnlyStream(byte[] bytes) : Stream
{
    private readonly MemoryStream _inner = new(bytes);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
