using Bdis.Core.Initiatives;
using Bdis.Core.Networks;
using Bdis.Web.Components.Pages.Initiatives;
using Bunit;

namespace Bdis.Web.Components.Tests;

public sealed class InitiativeDetailsTests : ComponentTestContext
{
    private static Initiative Sample(string? website = "https://ressourcerie.example") => new()
    {
        Slug = "ressourcerie-du-pays-d-aix",
        Name = "Ressourcerie du Pays d'Aix",
        Themes = ["ressourcerie", "insertion"],
        Tags = ["Atelier vélo", "Friperie"],
        NetworkCode = "APEAS",
        LegalStatus = LegalStatus.Scic,
        Siret = "73282932000074",
        Contacts = new Contacts { Website = website, Email = "contact@ressourcerie.example", Phone = "04 42 00 00 00" },
        Provenance = Provenance.Now(SourceKind.Import, "apeas.csv", "import") with { UpdatedAt = new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero) },
    };

    private static readonly Network Apeas = new() { Code = "APEAS", Name = "APEAS", Website = "https://apeas.example" };

    [Fact]
    public void Shows_theme_labels_legal_status_network_contacts_update_date_and_provenance_in_french()
    {
        UseCulture("fr");
        var cut = Render<InitiativeDetails>(p => p.Add(c => c.Initiative, Sample()).Add(c => c.Network, Apeas));

        var themes = cut.FindAll(".tags a").Select(a => a.TextContent).ToList();
        Assert.Contains(Referentials.Themes.Find("ressourcerie")!.LabelFr, themes);
        Assert.Contains(Referentials.Themes.Find("insertion")!.LabelFr, themes);
        Assert.Contains("SCIC", cut.Markup);
        Assert.Equal("/?network=APEAS", cut.Find("a[href^='/?network=']").GetAttribute("href"));
        Assert.NotNull(cut.Find("a[href='mailto:contact@ressourcerie.example']"));
        Assert.NotNull(cut.Find("a[href='tel:0442000000']"));
        Assert.Equal("2026-03-14", cut.Find("time").GetAttribute("datetime"));
        Assert.Contains("14 mars 2026", cut.Find("time").TextContent);
        Assert.Contains("Source : réseau APEAS (import de fichier)", cut.Markup);
        Assert.Contains("Atelier vélo, Friperie", cut.Markup);
    }

    [Fact]
    public void A_javascript_website_from_an_imported_file_is_never_rendered_as_a_link()
    {
        var cut = Render<InitiativeDetails>(p => p.Add(c => c.Initiative, Sample("javascript:alert(1)")));

        Assert.DoesNotContain(cut.FindAll("a"), a => (a.GetAttribute("href") ?? string.Empty).StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Labels_are_english_when_the_culture_is_english()
    {
        UseCulture("en");
        var cut = Render<InitiativeDetails>(p => p.Add(c => c.Initiative, Sample()).Add(c => c.Network, Apeas));

        Assert.Contains("Legal status", cut.Markup);
        Assert.Contains("Multi-stakeholder cooperative (SCIC)", cut.Markup);
        Assert.Contains(Referentials.Themes.Find("ressourcerie")!.LabelEn, cut.Markup);
    }
}
