using System.Globalization;
using System.IO.Compression;
using System.Text;
using Bdis.Import.Reading;
using Xunit.Abstractions;

namespace Bdis.Import.Tests.Spreadsheets;

/// <summary>
/// A workbook whose sheet is 200 MB of XML (more than 400 MB as .NET strings) is read through the importer's CSV
/// source in a few megabytes: one row at a time, never the sheet.
/// </summary>
[Collection(MemoryCollection.Name)]
public sealed class LargeWorkbookTests(ITestOutputHelper output) : IDisposable
{
    private const long SheetXmlBytes = 200_000_000;
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"bdis-large-{Guid.NewGuid():N}");

    [Theory]
    [InlineData("xlsx")]
    [InlineData("ods")]
    public async Task A_200_MB_sheet_is_streamed_in_bounded_memory(string format)
    {
        var written = format == "xlsx" ? WriteXlsx() : WriteOds();
        long rows = 0;
        string? last = null;
        var growth = await MemoryProbe.PeakGrowthAsync(async () =>
        {
            await using var input = File.OpenRead(_path);
            var (reader, _, _) = await CsvSource.OpenAsync(input, null, CancellationToken.None);
            using (reader)
            {
                Assert.Equal("nom", reader.Headers[0]);
                foreach (var row in reader)
                {
                    rows++;
                    if (rows == written)
                    {
                        last = row[0].ToString() + "|" + row[2].ToString() + "|" + row[4].ToString();
                    }
                }
            }
        });

        output.WriteLine($"{format}: {rows} rows, managed heap grew by at most {growth / (1024.0 * 1024):0.0} MB");
        Assert.Equal(written, rows);
        Assert.Equal($"Lieu {written}|{13000 + written % 900}|{(43 + written % 1000 / 1000.0).ToString(CultureInfo.InvariantCulture)}", last);
        Assert.InRange(growth, 0, 64 * 1024 * 1024);
    }

    /// <summary>Writes rows until the sheet's XML passes 200 MB; returns how many data rows it holds.</summary>
    private long WriteXlsx()
    {
        long rows = 0;
        using (var file = File.Create(_path))
        {
            TestWorkbooks.XlsxPackage(file, w =>
            {
                var counted = (CountingWriter)w;
                w.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>nom</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>adresse</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>cp</t></is></c><c r=\"D1\" t=\"s\"><v>0</v></c><c r=\"E1\" t=\"inlineStr\"><is><t>latitude</t></is></c></row>");
                while (counted.Bytes < SheetXmlBytes)
                {
                    rows++;
                    var r = rows + 1;
                    w.Write(string.Create(CultureInfo.InvariantCulture,
                        $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>Lieu {rows}</t></is></c><c r=\"B{r}\" t=\"inlineStr\"><is><t>{rows % 200} rue de la Coopération, bâtiment {rows % 7}</t></is></c><c r=\"C{r}\"><v>{13000 + rows % 900}</v></c><c r=\"D{r}\" t=\"s\"><v>{1 + rows % 40}</v></c><c r=\"E{r}\"><v>{43 + rows % 1000 / 1000.0}</v></c><c r=\"F{r}\"><v>{5 + rows % 997 / 1000.0}</v></c></row>"));
                }
            }, w =>
            {
                w.Write("<si><t>thèmes</t></si>");
                for (var i = 1; i <= 40; i++)
                {
                    w.Write($"<si><t>Thème {i}</t></si>");
                }
            }, counting: true);
        }

        AssertSheetSize("xl/worksheets/sheet1.xml");
        return rows;
    }

    private long WriteOds()
    {
        long rows = 0;
        using (var file = File.Create(_path))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            TestWorkbooks.Add(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", CompressionLevel.NoCompression);
            using var w = new CountingWriter(zip.CreateEntry("content.xml", CompressionLevel.Fastest).Open());
            w.Write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet><table:table table:name=\"Lieux\">");
            w.Write("<table:table-row><table:table-cell office:value-type=\"string\"><text:p>nom</text:p></table:table-cell><table:table-cell office:value-type=\"string\"><text:p>adresse</text:p></table:table-cell><table:table-cell office:value-type=\"string\"><text:p>cp</text:p></table:table-cell><table:table-cell office:value-type=\"string\"><text:p>thèmes</text:p></table:table-cell><table:table-cell office:value-type=\"string\"><text:p>latitude</text:p></table:table-cell></table:table-row>");
            while (w.Bytes < SheetXmlBytes)
            {
                rows++;
                w.Write(string.Create(CultureInfo.InvariantCulture,
                    $"<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Lieu {rows}</text:p></table:table-cell><table:table-cell office:value-type=\"string\"><text:p>{rows % 200} rue de la Coopération, bâtiment {rows % 7}</text:p></table:table-cell><table:table-cell office:value-type=\"float\" office:value=\"{13000 + rows % 900}\"><text:p>{13000 + rows % 900}</text:p></table:table-cell><table:table-cell office:value-type=\"string\"><text:p>Thème {1 + rows % 40}</text:p></table:table-cell><table:table-cell office:value-type=\"float\" office:value=\"{43 + rows % 1000 / 1000.0}\"><text:p>43</text:p></table:table-cell><table:table-cell table:number-columns-repeated=\"1019\"/></table:table-row>"));
            }

            w.Write("<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>");
        }

        AssertSheetSize("content.xml");
        return rows;
    }

    private void AssertSheetSize(string entry)
    {
        using var zip = ZipFile.OpenRead(_path);
        Assert.InRange(zip.GetEntry(entry)!.Length, SheetXmlBytes, 2 * SheetXmlBytes);
    }

    public void Dispose() => File.Delete(_path);
}

/// <summary>A UTF-8 writer that counts the bytes it wrote.</summary>
internal sealed class CountingWriter(Stream stream) : StreamWriter(stream, new UTF8Encoding(false), 1 << 16)
{
    public long Bytes { get; private set; }

    public override void Write(string? value)
    {
        Bytes += Encoding.UTF8.GetByteCount(value ?? string.Empty);
        base.Write(value);
    }
}
