using System.IO.Compression;
using System.Text;
using Bdis.Import.Mapping;
using Bdis.Import.Reading;
using Bdis.Import.Reports;

namespace Bdis.Import.Tests;

/// <summary>Files as networks really send them: each quirk has its own small file in Files/.</summary>
public sealed class FileQuirkTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    [Fact]
    public async Task Utf8_with_bom_semicolons_and_crlf_keep_every_accent()
    {
        var report = await db.ImportFileAsync("RES-A", "utf8-bom-semicolon-crlf.csv");
        Assert.Equal((2L, 2L, 0L), (report.Read, report.Created, report.Rejected));
        Assert.Empty(report.Rows);
        Assert.Equal(
            ["Café-Vélo « Le Rayon »|12 cours Lafayette|69003|Lyon|84|69|mobilite-durable",
             "Épicerie Solidaire d'Aix|5 rue de l'Œuvre|13100|Aix-en-Provence|93|13|epicerie-solidaire"],
            await db.RowsAsync("SELECT name, street, postcode, commune, region_code, department_code, themes FROM initiatives WHERE network_code = 'RES-A' ORDER BY name"));
    }

    [Fact]
    public async Task Excel_unicode_text_in_utf16_with_tabs_is_decoded()
    {
        // What Excel writes for "Texte Unicode (*.txt)": UTF-16 little-endian with a byte order mark, tab-separated.
        var text = "Nom\tCode postal\tThématiques\r\nL'Œuvre de la Côte\t06000\tAMAP\r\n";
        using var input = new MemoryStream(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray());
        var report = await db.ImportAsync("RES-J", input);
        Assert.Equal((1L, 1L), (report.Read, report.Created));
        Assert.Empty(report.Rows);
        Assert.Equal(["L'Œuvre de la Côte|06000|06|amap"],
            await db.RowsAsync("SELECT name, postcode, department_code, themes FROM initiatives WHERE network_code = 'RES-J'"));
    }

    [Fact]
    public async Task Coordinates_with_degree_signs_hemispheres_or_minutes_and_seconds_are_read()
    {
        var report = await db.ImportTextAsync("RES-K",
            "nom;cp;thèmes;latitude;longitude\n" +
            "Degrés;13100;AMAP;43.5297° N;5.4474° E\n" +
            "DMS;35000;AMAP;48°6'59\"N;1°40'40\"O\n");
        Assert.Empty(report.Rows);
        Assert.Equal(["DMS|-1.677778|48.116389", "Degrés|5.447400|43.529700"],
            await db.RowsAsync("SELECT name, round(ST_X(location)::numeric, 6), round(ST_Y(location)::numeric, 6) FROM initiatives WHERE network_code = 'RES-K' ORDER BY name"));
    }

    [Fact]
    public async Task Cells_with_several_emails_or_websites_keep_the_first_valid_one_with_a_warning()
    {
        var report = await db.ImportTextAsync("RES-R",
            "nom;cp;thèmes;courriel;site web\n" +
            "Deux adresses;13100;AMAP;contact@deux.example.org / direction@deux.example.org;\"www.deux.example.org ; facebook.com/deux\"\n" +
            "Liste;13100;AMAP;\"pas-une-adresse; accueil@liste.example.org, autre@liste.example.org\";https://liste.example.org/ https://facebook.com/liste\n" +
            "Aucune valide;13100;AMAP;contact@ / direction@;Facebook : page\n" +
            "Une seule;13100;AMAP;seule@une.example.org;Facebook : facebook.com/une\n");
        Assert.Equal(
            [new ReportRow(2, "email", Severity.Warning, "Plusieurs courriels dans la cellule : seul le premier valide, « contact@deux.example.org », est importé."),
             new ReportRow(2, "website", Severity.Warning, "Plusieurs sites dans la cellule : seul le premier valide, « www.deux.example.org », est importé."),
             new ReportRow(3, "email", Severity.Warning, "Plusieurs courriels dans la cellule : seul le premier valide, « accueil@liste.example.org », est importé."),
             new ReportRow(3, "website", Severity.Warning, "Plusieurs sites dans la cellule : seul le premier valide, « https://liste.example.org/ », est importé."),
             new ReportRow(4, "website", Severity.Warning, "Le site « Facebook : page » n'est pas une adresse web valide (http:// ou https://). La valeur n'est pas importée."),
             new ReportRow(4, "email", Severity.Warning, "Le courriel « contact@ / direction@ » n'est pas une adresse valide. La valeur n'est pas importée."),
             new ReportRow(5, "website", Severity.Warning, "Plusieurs sites dans la cellule : seul le premier valide, « facebook.com/une », est importé.")],
            report.Rows);
        Assert.Equal(
            ["Aucune valide||", "Deux adresses|contact@deux.example.org|https://www.deux.example.org", "Liste|accueil@liste.example.org|https://liste.example.org/",
             "Une seule|seule@une.example.org|https://facebook.com/une"],
            await db.RowsAsync("SELECT name, email, website FROM initiatives WHERE network_code = 'RES-R' ORDER BY name"));
    }

    [Theory]
    [InlineData("xls", "Le fichier est un classeur Excel 97-2003 (.xls), que l'import ne lit pas : ouvrez-le dans le tableur et enregistrez-le au format .xlsx, .ods ou CSV (UTF-8, séparateur « ; »), puis importez ce fichier.")]
    [InlineData("odt", "Le fichier est un document OpenDocument qui n'est pas un classeur (application/vnd.oasis.opendocument.text) : il ne peut pas être importé. Importez un fichier CSV, .xlsx ou .ods.")]
    [InlineData("docx", "Le fichier est un document Office qui n'est pas un classeur (Word, PowerPoint…) : il ne peut pas être importé. Importez un fichier CSV, .xlsx ou .ods.")]
    [InlineData("zip", "Le fichier est une archive zip qui n'est ni un classeur .xlsx ni un classeur .ods : il ne peut pas être importé. Importez un fichier CSV, .xlsx ou .ods.")]
    [InlineData("truncated", "Le fichier commence comme une archive zip (un classeur .xlsx ou .ods) mais il est incomplet ou endommagé : enregistrez-le de nouveau depuis le tableur, ou au format CSV.")]
    public async Task A_file_that_is_neither_csv_nor_a_readable_xlsx_or_ods_is_refused_with_what_to_do(string kind, string message)
    {
        var before = await db.SnapshotAsync();
        using var input = new MemoryStream(NotASheet(kind));
        var error = await Assert.ThrowsAsync<ImportFileException>(() => db.ImportAsync("RES-J", input));
        Assert.Equal(message, error.Message);
        Assert.Equal(before, await db.SnapshotAsync());
    }

    /// <summary>What is told from a workbook by its content: the first bytes of an .xls, zips that are not spreadsheets.</summary>
    private static byte[] NotASheet(string kind)
    {
        if (kind == "xls")
        {
            return [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4096]];
        }

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entries = kind switch
            {
                "odt" => new[] { ("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>") },
                "docx" => [("[Content_Types].xml", "<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")],
                _ => [("photos/readme.txt", "Des photos.")],
            };
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name, CompressionLevel.NoCompression).Open());
                writer.Write(content);
            }
        }

        // A download cut short: the zip's directory, at its end, is missing.
        return kind == "truncated" ? zip.ToArray()[..^30] : zip.ToArray();
    }

    [Fact]
    public async Task Windows_1252_file_with_tabs_is_detected_and_decoded()
    {
        var report = await db.ImportFileAsync("RES-B", "windows1252-tab.csv");
        Assert.Equal((2L, 2L), (report.Read, report.Created));
        Assert.Equal(
            ["Œuvre Café associatif|3 rue Pasteur|Rennes|culture", "Ressourcerie Côté Cour|8 allée des Pêcheurs|Lille|ressourcerie"],
            await db.RowsAsync("SELECT name, street, commune, themes FROM initiatives WHERE network_code = 'RES-B' ORDER BY name DESC"));
    }

    [Fact]
    public async Task Pipe_separated_file_with_english_headers_is_sniffed_and_mapped()
    {
        var report = await db.ImportFileAsync("RES-C", "pipe-lf.csv");
        Assert.Equal((2L, 2L), (report.Read, report.Created));
        Assert.Equal(
            ["AMAP des Canuts|69004|Lyon||amap", "Repair Café Belleville|75011|Paris|https://www.repair-belleville.fr|reparation"],
            await db.RowsAsync("SELECT name, postcode, commune, website, themes FROM initiatives WHERE network_code = 'RES-C' ORDER BY name"));
    }

    [Fact]
    public async Task Quoted_fields_with_separators_quotes_and_line_breaks_keep_spreadsheet_row_numbers()
    {
        var report = await db.ImportFileAsync("RES-D", "quoted-multiline-blank-trailing.csv");
        Assert.Equal((4L, 3L, 1L), (report.Read, report.Created, report.Rejected));
        Assert.Equal(
            [
                new ReportRow(3, "name", Severity.Error, "Le nom de l'initiative est obligatoire : la ligne est ignorée."),
                new ReportRow(6, "themes", Severity.Warning, "Catégorie(s) inconnue(s) gardée(s) comme étiquettes : « Compost collectif »."),
            ],
            report.Rows);
        Assert.Equal(
            ["AMAP du Panier, Marseille||amap|", "Jardin ; partagé||jardin-partage|Compost collectif",
             "Ressourcerie \"La Boucle\"|12 rue des Lilas\nBâtiment B\n2e étage|ressourcerie|"],
            await db.RowsAsync("SELECT name, street, themes, tags FROM initiatives WHERE network_code = 'RES-D' ORDER BY name"));
    }

    [Fact]
    public async Task Decimal_commas_in_coordinates_are_read()
    {
        await db.ImportFileAsync("RES-E", "decimal-comma.csv");
        Assert.Equal(
            ["Épicerie du Cours|5.4474|43.5297", "Tiers-lieu La Friche|5.3905|43.3104"],
            await db.RowsAsync("SELECT name, ST_X(location), ST_Y(location) FROM initiatives WHERE network_code = 'RES-E' ORDER BY name DESC"));
    }

    [Fact]
    public async Task Lambert_93_is_recognised_from_the_header_names_and_converted_to_wgs84()
    {
        var report = await db.ImportFileAsync("RES-F", "lambert93-headers.csv");
        Assert.Empty(report.Rows);
        var lon = await db.ScalarAsync<double>("SELECT ST_X(location) FROM initiatives WHERE network_code = 'RES-F'");
        var lat = await db.ScalarAsync<double>("SELECT ST_Y(location) FROM initiatives WHERE network_code = 'RES-F'");
        // The projection's origin: 700 000 m E, 6 600 000 m N is 3° E, 46.5° N by definition of EPSG:2154.
        Assert.Equal(3.0, lon, 0.000001);
        Assert.Equal(46.5, lat, 0.000001);
    }

    [Fact]
    public async Task Lambert_93_is_recognised_from_the_value_ranges_under_plain_x_and_y_headers()
    {
        var report = await db.ImportFileAsync("RES-G", "lambert93-values.csv");
        Assert.Empty(report.Rows);
        Assert.Equal(1L, await db.ScalarAsync<long>(
            "SELECT count(*) FROM initiatives WHERE network_code = 'RES-G' AND ST_X(location) BETWEEN 5.3 AND 5.45 AND ST_Y(location) BETWEEN 43.2 AND 43.4"));
    }

    [Fact]
    public async Task Swapped_coordinates_are_corrected_and_unusable_ones_leave_the_record_off_the_map_with_a_warning()
    {
        var report = await db.ImportFileAsync("RES-H", "coordinates-swapped-and-bad.csv");
        Assert.Equal((4L, 4L, 0L), (report.Read, report.Created, report.Rejected));
        Assert.Equal(
            [
                new ReportRow(2, "location", Severity.Warning, "Latitude et longitude semblent inversées (latitude 5.4474, longitude 43.5297) : elles ont été remises dans l'ordre."),
                new ReportRow(3, "location", Severity.Warning, "Coordonnées illisibles « quarante-trois », « 5.44 » : l'initiative est importée sans position (elle est listée mais absente de la carte)."),
                new ReportRow(4, "location", Severity.Warning, "Les coordonnées (latitude 123.4, longitude 456.7) sont hors limites : l'initiative est importée sans position (elle est listée mais absente de la carte)."),
            ],
            report.Rows);
        Assert.Equal(
            ["Hors limites||", "Illisible||", "Inversée|5.4474|43.5297", "Sans position||"],
            await db.RowsAsync("SELECT name, ST_X(location), ST_Y(location) FROM initiatives WHERE network_code = 'RES-H' ORDER BY name"));
    }

    [Fact]
    public async Task Title_rows_above_the_header_are_skipped_with_a_warning_and_rows_keep_their_spreadsheet_numbers()
    {
        var report = await db.ImportFileAsync("RES-I", "title-rows-above-header.csv");
        Assert.Equal((3L, 2L, 1L), (report.Read, report.Created, report.Rejected));
        Assert.Equal(
            [
                new ReportRow(3, "row", Severity.Warning, "L'en-tête est à la ligne 3 : les lignes 1 à 2 qui le précèdent (titre, notes) ne sont pas importées."),
                new ReportRow(5, "name", Severity.Error, "Le nom de l'initiative est obligatoire : la ligne est ignorée."),
            ],
            report.Rows);
        // Spreadsheets drop the leading zero of postcodes stored as numbers: 6000 is Nice's 06000.
        Assert.Equal(
            ["La Recyclerie du Var|12 av. Foch|06000|06|renouveler", "Épicerie solidaire|3 rue Haute\r\nBâtiment B|01000|01|consommer"],
            await db.RowsAsync("SELECT name, street, postcode, department_code, themes FROM initiatives WHERE network_code = 'RES-I' ORDER BY name"));
    }
}
