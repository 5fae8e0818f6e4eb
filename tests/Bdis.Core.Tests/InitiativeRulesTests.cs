using Bdis.Core.Geo;
using Bdis.Core.Initiatives;
using Bdis.Core.Reference;
using Bdis.Core.Validation;
using NetTopologySuite.Geometries;

namespace Bdis.Core.Tests;

public sealed class InitiativeRulesTests
{
    private static readonly Referentials Reference = Referentials.Load();

    private static Initiative Valid() => new()
    {
        Name = "Ressourcerie du Pays d'Aix",
        NetworkCode = "apeas",
        Themes = ["ressourcerie"],
        Address = new PostalAddress { Street = "12 rue des Tanneurs", Postcode = "13100", Commune = "Aix-en-Provence" },
        Location = GeoFactory.Point(5.4474, 43.5297),
        Siret = "732 829 320 00074",
        Contacts = new Contacts { Website = "ressourcerie-aix.example", Email = "contact@ressourcerie.example", Phone = "04 99 00 12 34" },
    };

    [Fact]
    public void A_valid_record_is_normalized_and_placed_in_its_territory()
    {
        var initiative = Valid();
        InitiativeRules.Validate(initiative, Reference);

        Assert.Equal("ressourcerie-du-pays-d-aix", initiative.Slug);
        Assert.Equal("APEAS", initiative.NetworkCode);
        Assert.Equal("73282932000074", initiative.Siret);
        Assert.Equal("https://ressourcerie-aix.example", initiative.Contacts.Website);
        Assert.Equal("13", initiative.DepartmentCode);
        Assert.Equal("93", initiative.RegionCode);
        Assert.Equal("13001", initiative.Address.InseeCode);
    }

    [Theory]
    [InlineData("https://atelier.example.org/velo", true)]
    [InlineData("http://atelier.example.org", true)]
    [InlineData("https://atelier.example.org/ https://facebook.com/atelier", false)] // two values in one cell
    [InlineData("https://atelier.example.org/un lien", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("https://localhost", false)]
    public void A_website_is_one_http_or_https_address_without_spaces(string value, bool valid) =>
        Assert.Equal(valid, InitiativeRules.IsWebUrl(value));

    [Fact]
    public void Every_problem_is_reported_at_once_with_a_french_message()
    {
        var initiative = Valid();
        initiative.Name = "   ";
        initiative.Siret = "12345678901234";
        initiative.Themes = ["nope"];
        initiative.RegionCode = "99";
        initiative.Location = new Point(200, 95) { SRID = 4326 };
        initiative.Contacts = new Contacts { Email = "pas-une-adresse", Website = "javascript:alert(1)" };

        var e = Assert.Throws<BdisValidationException>(() => InitiativeRules.Validate(initiative, Reference));

        Assert.Equal(
            ["name:required", "region:unknown_region", "latitude:latitude_out_of_range", "longitude:longitude_out_of_range",
             "themes:unknown_theme", "website:invalid_url", "email:invalid_email", "siret:invalid_siret"],
            e.Violations.Select(v => $"{v.Field}:{v.Code}"));
        Assert.Contains("Le nom de l'initiative est obligatoire.", e.Message);
        Assert.Contains("Le SIRET « 12345678901234 » n'est pas valide", e.Message);
        Assert.Contains("La thématique « nope » n'existe pas", e.Message);
    }

    [Fact]
    public void Over_long_fields_are_refused_with_their_length()
    {
        var initiative = Valid();
        initiative.Name = new string('a', Initiative.NameMax + 1);
        initiative.Description = new string('d', 1_000_000);

        var e = Assert.Throws<BdisValidationException>(() => InitiativeRules.Validate(initiative, Reference));

        Assert.Contains(e.Violations, v => v is { Field: "name", Code: "too_long" } && v.Message.Contains("201", StringComparison.Ordinal));
        Assert.Contains(e.Violations, v => v is { Field: "description", Code: "too_long" });
    }

    [Fact]
    public void At_least_one_theme_is_required() =>
        Assert.Contains(Check(i => i.Themes = []), v => v is { Field: "themes", Code: "required" });

    [Fact]
    public void A_department_outside_the_given_region_is_refused() =>
        Assert.Contains(Check(i => { i.RegionCode = "76"; i.DepartmentCode = "13"; }), v => v.Code == "department_not_in_region");

    [Fact]
    public void Unknown_department_is_refused() =>
        Assert.Contains(Check(i => i.DepartmentCode = "00"), v => v.Code == "unknown_department");

    [Fact]
    public void Malformed_postcode_is_refused() =>
        Assert.Contains(Check(i => i.Address = i.Address with { Postcode = "13 1OO" }), v => v.Code == "invalid_postcode");

    [Fact]
    public void A_record_without_a_location_is_valid() => Assert.Empty(Check(i => i.Location = null));

    [Fact]
    public void Out_of_range_coordinates_cannot_even_be_made_into_a_point()
    {
        var e = Assert.Throws<BdisValidationException>(() => GeoFactory.Point(5.4, 91));
        Assert.Equal("latitude", Assert.Single(e.Violations).Field);
        Assert.Throws<BdisValidationException>(() => GeoFactory.Point(double.NaN, 43));
    }

    private static IReadOnlyList<RuleViolation> Check(Action<Initiative> change)
    {
        var initiative = Valid();
        change(initiative);
        return InitiativeRules.Check(initiative, Reference);
    }
}
