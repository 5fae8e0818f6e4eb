using System.IO.Compression;
using System.Text;
using Bdis.Import.Reading;

namespace Bdis.Import.Tests.Spreadsheets;

/// <summary>Workbooks built to exhaust memory or time are refused with one French sentence, in bounded memory, before anything is written.</summary>
[Collection(MemoryCollection.Name)]
public sealed class HostileWorkbookTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    private const string Advice = "Enregistrez la feuille au format CSV (UTF-8, séparateur « ; ») et importez ce fichier.";

    [Theory]
    [InlineData("xlsx", "xl/worksheets/sheet1.xml")]
    [InlineData("ods", "content.xml")]
    public async Task A_zip_bomb_is_refused_from_the_zip_directory_without_inflating_it(string format, string part)
    {
        // 400 MB of XML compressed about a thousand times: a few hundred kilobytes on disk.
        var bomb = format == "xlsx" ? XlsxBomb() : OdsBomb();
        Assert.InRange(bomb.Length, 1, 2 * 1024 * 1024);
        var before = await db.SnapshotAsync();
        ImportFileException? error = null;
        var growth = await MemoryProbe.PeakGrowthAsync(async () =>
            error = await Assert.ThrowsAsync<ImportFileException>(() => db.ImportAsync("RES-A", new MemoryStream(bomb))));
        Assert.Equal($"Le classeur est refusé : la partie {part} se décompresse plus de 200 fois sa taille compressée (bombe de décompression). {Advice}", error!.Message);
        Assert.InRange(growth, 0, 32 * 1024 * 1024);
        Assert.Equal(before, await db.SnapshotAsync());
    }

    [Fact]
    public async Task A_part_that_inflates_past_the_size_its_directory_declares_is_cut_there_and_refused()
    {
        using var stream = new MemoryStream();
        TestWorkbooks.XlsxPackage(stream, w =>
        {
            for (var r = 1; r <= 20_000; r++)
            {
                w.Write($"<row r=\"{r}\"><c t=\"inlineStr\"><is><t>Nom {r}</t></is></c></row>");
            }
        });
        var lying = DeclareSize(stream.ToArray(), "xl/worksheets/sheet1.xml", 1000);
        var error = await Assert.ThrowsAsync<ImportFileException>(() => db.ImportAsync("RES-A", new MemoryStream(lying)));
        Assert.StartsWith("Le classeur est illisible : son XML est invalide à la ligne 1, position", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Huge_shared_strings_are_refused_before_the_sheet_is_read()
    {
        // 26 texts of 2 million random letters: 52 million characters, which compress too little to look like a bomb.
        var random = new Random(14);
        using var stream = new MemoryStream();
        TestWorkbooks.XlsxPackage(stream, w => w.Write("<row r=\"1\"><c t=\"s\"><v>0</v></c></row>"), w =>
        {
            var text = new char[2_000_000];
            for (var i = 0; i < 26; i++)
            {
                for (var j = 0; j < text.Length; j++)
                {
                    text[j] = (char)('a' + random.Next(26));
                }

                w.Write("<si><t>");
                w.Write(text);
                w.Write("</t></si>");
            }
        });
        var error = await Assert.ThrowsAsync<ImportFileException>(() => db.ImportAsync("RES-A", new MemoryStream(stream.ToArray())));
        Assert.Equal($"Le classeur est refusé : sa table de textes (sharedStrings.xml) dépasse 2 millions de textes distincts ou 50 millions de caractères, trop pour la lire en mémoire. {Advice}",
            error.Message);
    }

    [Fact]
    public async Task A_row_holding_more_xml_than_a_csv_record_may_hold_is_refused_while_it_is_read()
    {
        // One cell of 70 million random letters: the reader stops at 64 MB of the row, before holding it whole.
        var random = new Random(14);
        using var stream = new MemoryStream();
        TestWorkbooks.XlsxPackage(stream, w =>
        {
            w.Write("<row r=\"1\"><c t=\"inlineStr\"><is><t>nom</t></is></c></row><row r=\"2\"><c t=\"inlineStr\"><is><t>");
            var chunk = new char[1_000_000];
            for (var i = 0; i < 70; i++)
            {
                for (var j = 0; j < chunk.Length; j++)
                {
                    chunk[j] = (char)('a' + random.Next(26));
                }

                w.Write(chunk);
            }

            w.Write("</t></is></c></row>");
        });
        var error = await Assert.ThrowsAsync<ImportFileException>(() => db.ImportAsync("RES-A", new MemoryStream(stream.ToArray())));
        Assert.Equal($"Le classeur est refusé : une ligne (ou un texte) de la partie xl/worksheets/sheet1.xml dépasse 64 Mo de XML. {Advice}", error.Message);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xlsx-after-an-empty-cell-far-away")]
    [InlineData("ods")]
    public async Task Values_past_the_last_column_a_spreadsheet_can_have_are_refused(string format)
    {
        byte[] workbook;
        if (format.StartsWith("xlsx", StringComparison.Ordinal))
        {
            // The second case: a cell with no reference follows one whose reference is far past any column.
            var far = format == "xlsx"
                ? "<c r=\"XFE1\" t=\"inlineStr\"><is><t>trop loin</t></is></c>"
                : "<c r=\"ZZZZZZZZZ1\"/><c/><c t=\"inlineStr\"><is><t>trop loin</t></is></c>";
            using var stream = new MemoryStream();
            TestWorkbooks.XlsxPackage(stream, w => w.Write($"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>nom</t></is></c>{far}</row>"));
            workbook = stream.ToArray();
        }
        else
        {
            // One cell repeated a hundred thousand times: a few bytes that would expand to a huge row.
            workbook = TestWorkbooks.OdsPackage("""<table:table table:name="A"><table:table-row><table:table-cell table:number-columns-repeated="100000" office:value-type="string"><text:p>nom</text:p></table:table-cell></table:table-row></table:table>""");
        }

        var error = await Assert.ThrowsAsync<ImportFileException>(() => db.ImportAsync("RES-A", new MemoryStream(workbook)));
        Assert.Equal($"Le classeur est refusé : une ligne a des valeurs au-delà de la colonne 16384. {Advice}", error.Message);
    }

    [Fact]
    public async Task A_row_repeated_past_the_last_row_a_spreadsheet_can_have_is_refused_without_writing_it_out()
    {
        var workbook = TestWorkbooks.OdsPackage("""
            <table:table table:name="A">
            <table:table-row><table:table-cell office:value-type="string"><text:p>nom</text:p></table:table-cell></table:table-row>
            <table:table-row table:number-rows-repeated="100000000"><table:table-cell office:value-type="string"><text:p>Encore</text:p></table:table-cell></table:table-row>
            </table:table>
            """);
        var error = await Assert.ThrowsAsync<ImportFileException>(() => db.ImportAsync("RES-A", new MemoryStream(workbook)));
        Assert.Equal($"Le classeur est refusé : la feuille dépasse 16777216 lignes. {Advice}", error.Message);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("ods")]
    public async Task Xml_with_a_dtd_or_entities_is_refused(string format)
    {
        const string Dtd = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
        byte[] workbook;
        if (format == "xlsx")
        {
            using var stream = new MemoryStream();
            TestWorkbooks.XlsxPackage(stream, w => w.Write("<row r=\"1\"><c t=\"inlineStr\"><is><t>&b;</t></is></c></row>"));
            workbook = Replace(stream.ToArray(), "xl/worksheets/sheet1.xml", xml => xml.Replace("<worksheet ", Dtd + "<worksheet ", StringComparison.Ordinal));
        }
        else
        {
            workbook = Replace(TestWorkbooks.OdsPackage("<table:table table:name=\"A\"/>"), "content.xml",
                xml => xml.Replace("<office:document-content ", Dtd + "<office:document-content ", StringComparison.Ordinal));
        }

        var error = await Assert.ThrowsAsync<ImportFileException>(() => db.ImportAsync("RES-A", new MemoryStream(workbook)));
        Assert.StartsWith("Le classeur est illisible : son XML est invalide à la ligne", error.Message, StringComparison.Ordinal);
        Assert.Contains("une DTD, refusée", error.Message, StringComparison.Ordinal);
    }

    private static byte[] XlsxBomb()
    {
        using var stream = new MemoryStream();
        var row = "<row><c t=\"inlineStr\"><is><t>" + new string('a', 4000) + "</t></is></c></row>";
        TestWorkbooks.XlsxPackage(stream, w =>
        {
            for (var i = 0; i < 100_000; i++)
            {
                w.Write(row);
            }
        }, level: CompressionLevel.SmallestSize);
        return stream.ToArray();
    }

    private static byte[] OdsBomb()
    {
        var row = "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>" + new string('a', 4000) + "</text:p></table:table-cell></table:table-row>";
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            TestWorkbooks.Add(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", CompressionLevel.NoCompression);
            using var writer = new StreamWriter(zip.CreateEntry("content.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            writer.Write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet><table:table table:name=\"A\">");
            for (var i = 0; i < 100_000; i++)
            {
                writer.Write(row);
            }

            writer.Write("</table:table></office:spreadsheet></office:body></office:document-content>");
        }

        return stream.ToArray();
    }

    /// <summary>Rewrites the uncompressed size an entry declares, in its local header and in the central directory.</summary>
    private static byte[] DeclareSize(byte[] zip, string entry, uint size)
    {
        var name = Encoding.UTF8.GetBytes(entry);
        var patched = zip.ToArray();
        foreach (var (signature, nameOffset, sizeOffset) in new[] { (0x04034b50u, 30, 22), (0x02014b50u, 46, 24) })
        {
            for (var i = 0; i + nameOffset + name.Length <= patched.Length; i++)
            {
                if (BitConverter.ToUInt32(patched, i) == signature && patched.AsSpan(i + nameOffset, name.Length).SequenceEqual(name))
                {
                    BitConverter.TryWriteBytes(patched.AsSpan(i + sizeOffset, 4), size);
                }
            }
        }

        return patched;
    }

    /// <summary>The same zip with one entry's text changed.</summary>
    private static byte[] Replace(byte[] zip, string entry, Func<string, string> change)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var e in source.Entries)
            {
                using var reader = new StreamReader(e.Open());
                var text = reader.ReadToEnd();
                TestWorkbooks.Add(target, e.FullName, e.FullName == entry ? change(text) : text, CompressionLevel.Optimal);
            }
        }

        return output.ToArray();
    }
}
