using Bdis.Import.Mapping;
using Bdis.Import.Reports;

namespace Bdis.Import.Tests;

public sealed class MappingTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    [Fact]
    public async Task Usual_french_header_variants_are_mapped_whatever_their_case_accents_and_spaces()
    {
        var report = await db.ImportFileAsync("RES-A", "header-variants.csv");
        Assert.Equal((1L, 1L), (report.Read, report.Created));
        Assert.Empty(report.Rows);
        Assert.Equal(
            ["A-17|La Navette Solidaire|1 place du Marché|13100|Aix-en-Provence|13001|13|93|https://navette.example.org|contact@navette.example.org|04 42 00 00 00|mobilite-durable|1|Transport solidaire."],
            await db.RowsAsync("""
                SELECT external_id, name, street, postcode, commune, insee_code, department_code, region_code, website, email, phone,
                       themes, legal_status, description FROM initiatives WHERE network_code = 'RES-A'
                """));
    }

    [Fact]
    public async Task Camel_case_headers_of_map_software_exports_are_mapped_after_their_words()
    {
        // The column names of a GoGoCarto-style export (schema.org properties); "addressCountry" names no field.
        var report = await db.ImportTextAsync("RES-J",
            "id,name,categories,streetAddress,postalCode,addressLocality,addressCountry,geo.latitude,geo.longitude,telephone,siteWeb\n" +
            "gg-12,Le Relais,\"AMAP,Tiers-lieu\",1 rue des Lois,31000,Toulouse,France,43.6045,1.4442,05 61 00 00 00,relais.example.org\n");
        Assert.Equal(
            [new ReportRow(1, "header", Severity.Warning,
                "Colonne(s) non reconnue(s), non importée(s) : « addressCountry ». Un fichier de correspondance (--mapping) peut les associer à un champ.")],
            report.Rows);
        Assert.Equal(
            ["gg-12|Le Relais|1 rue des Lois|31000|Toulouse|31|05 61 00 00 00|https://relais.example.org|amap,tiers-lieu|1.4442|43.6045"],
            await db.RowsAsync("""
                SELECT external_id, name, street, postcode, commune, department_code, phone, website, themes, ST_X(location), ST_Y(location)
                FROM initiatives WHERE network_code = 'RES-J'
                """));
    }

    [Fact]
    public async Task A_whole_address_in_one_column_gives_the_record_its_postcode_commune_and_territory()
    {
        var report = await db.ImportTextAsync("RES-I",
            "nom;adresse;ville;thèmes\n" +
            "La Cagette;\"12 rue des Lilas, 34000 Montpellier\";;AMAP\n" +
            "Le Local;BP 12 - 75011 Paris Cedex 11;Paris;AMAP\n" +
            "Sans code;3 chemin des Vignes;Gordes;AMAP\n");
        Assert.Empty(report.Rows);
        Assert.Equal(
            ["La Cagette|12 rue des Lilas|34000|Montpellier|34|76", "Le Local|BP 12|75011|Paris|75|11", "Sans code|3 chemin des Vignes||Gordes||"],
            await db.RowsAsync("""
                SELECT name, street, postcode, commune, department_code, region_code FROM initiatives
                WHERE network_code = 'RES-I' ORDER BY name
                """));
    }

    [Theory]
    [InlineData("streetAddress", ImportField.Street)]
    [InlineData("postalCode", ImportField.Postcode)]
    [InlineData("addressLocality", ImportField.Commune)]
    [InlineData("codePostal", ImportField.Postcode)]
    [InlineData("eMail", ImportField.Email)]
    [InlineData("NomStructure", ImportField.Name)]
    public void A_camel_case_header_is_read_as_its_words(string header, ImportField field) => Assert.Equal(field, HeaderAliases.Match(header));

    [Theory]
    [InlineData("addressCountry")]
    [InlineData("openHours")]
    public void A_camel_case_header_naming_no_field_stays_unmapped(string header) => Assert.Null(HeaderAliases.Match(header));

    [Fact]
    public async Task Headers_with_a_group_prefix_or_a_qualifier_are_mapped_and_unused_columns_are_named_in_a_warning()
    {
        var report = await db.ImportFileAsync("RES-G", "grouped-and-qualified-headers.csv");
        Assert.Equal((1L, 1L), (report.Read, report.Created));
        Assert.Equal(
            [new ReportRow(1, "header", Severity.Warning,
                "Colonne(s) non reconnue(s), non importée(s) : « Remarques ». Un fichier de correspondance (--mapping) peut les associer à un champ.")],
            report.Rows);
        Assert.Equal(
            ["Atelier Vélo du Port|13002|Marseille|04 91 00 00 00|https://velo-port.example.org|mobilite-durable|5.36|43.3"],
            await db.RowsAsync("""
                SELECT name, postcode, commune, phone, website, themes, ST_X(location), ST_Y(location)
                FROM initiatives WHERE network_code = 'RES-G'
                """));
    }

    [Fact]
    public async Task When_two_columns_could_hold_the_name_the_more_usual_header_wins_wherever_it_stands()
    {
        var report = await db.ImportTextAsync("RES-H", "Structure;Nom;cp;thèmes\nAssociation;Le Jardin d'Ulysse;13100;AMAP\n");
        Assert.Equal(
            [new ReportRow(1, "header", Severity.Warning,
                "Colonne(s) non reconnue(s), non importée(s) : « Structure ». Un fichier de correspondance (--mapping) peut les associer à un champ.")],
            report.Rows);
        Assert.Equal(["Le Jardin d'Ulysse|13100"], await db.RowsAsync("SELECT name, postcode FROM initiatives WHERE network_code = 'RES-H'"));
    }

    [Fact]
    public async Task A_single_coordinates_column_accepts_lat_lon_and_wkt_points()
    {
        var report = await db.ImportFileAsync("RES-B", "point-column.csv");
        Assert.Empty(report.Rows);
        Assert.Equal(
            ["Atelier partagé|4.834|45.767", "Garage solidaire|5.3698|43.2965", "Vélo-école|5.4474|43.5297"],
            await db.RowsAsync("SELECT name, ST_X(location), ST_Y(location) FROM initiatives WHERE network_code = 'RES-B' ORDER BY name"));
    }

    [Fact]
    public async Task A_mapping_file_maps_the_networks_own_columns_and_category_labels_and_unknown_labels_become_tags()
    {
        var profile = ImportProfile.Load(TestFiles.PathTo("network-own-columns.json"));
        var report = await db.ImportFileAsync("RES-C", "network-own-columns.csv", profile);
        Assert.Equal((3L, 3L), (report.Read, report.Created));
        Assert.Equal([new ReportRow(4, "themes", Severity.Warning, "Catégorie(s) inconnue(s) gardée(s) comme étiquettes : « Troc de graines ».")], report.Rows);
        Assert.Equal(1, report.UnknownCategories["Troc de graines"]);
        Assert.Equal(
            ["001|Le Panier Bio|circuit-court,epicerie-solidaire||2", "002|Vélo Cité|mobilite-durable,ressourcerie||2", "003|Le Troc|cooperer|Troc de graines|2"],
            await db.RowsAsync("SELECT external_id, name, themes, tags, status FROM initiatives WHERE network_code = 'RES-C' ORDER BY external_id"));
    }

    [Fact]
    public async Task Rows_without_any_theme_are_imported_as_drafts_with_a_warning()
    {
        var report = await db.ImportTextAsync("RES-D", "nom;cp\nSans thème;13100\n");
        Assert.Equal([new ReportRow(2, "themes", Severity.Warning, "Aucune thématique reconnue : l'initiative est importée en brouillon (non publiée) jusqu'au choix d'une thématique.")], report.Rows);
        Assert.Equal(["Sans thème|0|"], await db.RowsAsync("SELECT name, status, themes FROM initiatives WHERE network_code = 'RES-D'"));
    }

    [Fact]
    public async Task Html_in_text_is_stripped_with_a_warning_and_a_javascript_url_is_refused()
    {
        var report = await db.ImportFileAsync("RES-E", "hostile.csv");
        Assert.Equal((2L, 2L), (report.Read, report.Created));
        Assert.Contains(new ReportRow(2, "name", Severity.Warning, "Balises HTML retirées du texte (le texte est importé sans mise en forme)."), report.Rows);
        Assert.Contains(report.Rows, r => r is { Line: 2, Field: "website", Severity: Severity.Warning });
        Assert.Equal(
            ["=HYPERLINK(\"http://evil\")|+cmd|' /C calc'!A0|", "alert(1) Épicerie Libre|Vente en vrac|"],
            await db.RowsAsync("SELECT name, description, website FROM initiatives WHERE network_code = 'RES-E' ORDER BY name"));
    }

    [Fact]
    public async Task A_file_without_a_name_column_is_refused_as_a_whole()
    {
        var error = await Assert.ThrowsAsync<Reading.ImportFileException>(() => db.ImportTextAsync("RES-F", "adresse;cp\n1 rue;13100\n"));
        Assert.StartsWith("No column holds the initiatives' names", error.Message);
    }
}
