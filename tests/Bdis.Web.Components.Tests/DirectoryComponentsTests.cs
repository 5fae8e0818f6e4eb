using Bdis.Search.Contracts;
using Bdis.Web.Components.Directory;
using Bdis.Web.Filters;
using Bunit;

namespace Bdis.Web.Components.Tests;

public sealed class DirectoryComponentsTests : ComponentTestContext
{
    [Fact]
    public void Pager_marks_the_current_page_and_keeps_the_filters_in_every_link()
    {
        var query = new DirectoryQuery { Text = "épicerie", Filters = new() { Regions = ["93"] }, Page = 3 };
        var cut = Render<Pager>(p => p.Add(c => c.Action, "/").Add(c => c.Query, query).Add(c => c.Total, 195));

        Assert.Equal("3", cut.Find("[aria-current=page]").TextContent);
        var next = cut.Find("a[rel=next]").GetAttribute("href");
        Assert.Equal("/?q=%C3%A9picerie&region=93&page=4", next);
        Assert.Equal("/?q=%C3%A9picerie&region=93&page=2", cut.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Equal(["1", "2", "3", "4", "5"], cut.FindAll(".pager li:not(:first-child):not(:last-child)").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public void Pager_is_absent_when_everything_fits_on_one_page()
    {
        var cut = Render<Pager>(p => p.Add(c => c.Action, "/").Add(c => c.Query, new DirectoryQuery()).Add(c => c.Total, 20));

        Assert.Empty(cut.FindAll("nav"));
    }

    [Fact]
    public void Pager_of_a_page_past_the_end_offers_the_pages_that_exist()
    {
        var cut = Render<Pager>(p => p.Add(c => c.Action, "/").Add(c => c.Query, new DirectoryQuery { Page = 77 }).Add(c => c.Total, 380));

        Assert.Equal(["15", "16", "17", "18", "19"], cut.FindAll(".pager li a[aria-label]").Select(a => a.TextContent.Trim()));
        Assert.Empty(cut.FindAll("a[rel=next]"));
    }

    [Fact]
    public void No_result_says_why_and_offers_to_drop_each_criterion_or_search_the_same_words_in_all_of_France()
    {
        var query = new DirectoryQuery { Text = "xylophone", Filters = new() { Regions = ["93"], Departments = ["13"], Themes = ["amap"] } };
        var cut = Render<EmptyResults>(p => p.Add(c => c.Action, "/regions/93").Add(c => c.Query, query)
            .Add(c => c.Preset, new DirectoryPreset { Regions = ["93"] }));

        var links = cut.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/regions/93?region=93&department=13&theme=amap", links);
        Assert.Contains("/regions/93?q=xylophone&region=93&theme=amap", links);
        Assert.Contains("/regions/93?q=xylophone&region=93&department=13", links);
        Assert.Contains("/?q=xylophone&theme=amap", links);
        Assert.DoesNotContain("/regions/93?q=xylophone&department=13&theme=amap", links); // the page's own region stays
        Assert.Contains("Bouches-du-Rhône", cut.Markup);
    }

    [Fact]
    public void Theme_tree_checks_the_chosen_themes_and_shows_counts_for_top_and_sub_themes()
    {
        var counts = new Dictionary<string, long> { ["consommer"] = 12, ["epicerie-solidaire"] = 5 };
        var cut = Render<ThemeTree>(p => p.Add(c => c.Selected, ["epicerie-solidaire"]).Add(c => c.Counts, counts));

        Assert.True(cut.Find("#theme-epicerie-solidaire").HasAttribute("checked"));
        Assert.False(cut.Find("#theme-consommer").HasAttribute("checked"));
        Assert.Contains("(12)", cut.Find("label[for=theme-consommer]").TextContent);
        Assert.Contains("(5)", cut.Find("label[for=theme-epicerie-solidaire]").TextContent);
        Assert.Equal(Referentials.Themes.All.Count, cut.FindAll("input[type=checkbox][name=theme]").Count);
    }

    [Fact]
    public void Theme_tree_of_a_theme_page_offers_only_that_top_theme()
    {
        var cut = Render<ThemeTree>(p => p.Add(c => c.Only, ["epicerie-solidaire"]));

        var tops = cut.FindAll(".theme-tree > li > input").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["consommer"], tops);
    }

    [Fact]
    public void Result_list_keeps_search_marks_but_escapes_everything_else_and_exposes_the_marker_position()
    {
        var hit = new SearchHit
        {
            Id = Guid.NewGuid(), Slug = "epicerie-du-panier", Name = "Épicerie du panier", Network = "APEAS", Commune = "Marseille",
            Postcode = "13002", Department = "13", Themes = ["epicerie-solidaire"], Location = new GeoPoint(5.37, 43.3),
            Snippet = "une épicerie &lt;b&gt; <b>gras</b> <script>alert(1)</script>", Highlights = [new TextRange(4, 8)],
        };
        var cut = Render<ResultList>(p => p.Add(c => c.Items, [hit]));

        var item = cut.Find("[data-result-item]");
        Assert.Equal("epicerie-du-panier", item.GetAttribute("data-slug"));
        Assert.Equal("43.3", item.GetAttribute("data-lat"));
        Assert.Equal("5.37", item.GetAttribute("data-lon"));
        Assert.Equal("épicerie", cut.Find("mark").TextContent);
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Contains("une épicerie &lt;b&gt; <b>gras</b> <script>alert(1)</script>", cut.Find(".result > p:not(.meta)").TextContent);
        Assert.Contains("13002 Marseille · Bouches-du-Rhône", item.TextContent);
        Assert.Equal("/initiatives/epicerie-du-panier", cut.Find("h3 a").GetAttribute("href"));
    }

    [Fact]
    public void Result_list_says_so_when_nothing_matches()
    {
        var cut = Render<ResultList>(p => p.Add(c => c.Items, Array.Empty<SearchHit>()));

        Assert.Contains("Aucune initiative ne correspond", cut.Markup);
    }

    [Fact]
    public void Filter_panel_reflects_the_url_and_narrows_departments_to_the_chosen_region()
    {
        var query = new DirectoryQuery { Text = "recyclerie", Filters = new() { Regions = ["93"], Themes = ["consommer"], LegalStatuses = ["scop"] } };
        var facets = new SearchFacets { Region = new Dictionary<string, long> { ["93"] = 42 } };
        var cut = Render<FilterPanel>(p => p.Add(c => c.Action, "/").Add(c => c.Query, query).Add(c => c.Facets, facets));

        Assert.Equal("recyclerie", cut.Find("#q").GetAttribute("value"));
        Assert.Contains("(42)", cut.Find("#region option[selected]").TextContent);
        var departments = cut.FindAll("#department option[value]:not([value=''])").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(Referentials.Territories.DepartmentsOf("93").Select(d => d.Code).Order(), departments.Order()!);
        Assert.True(cut.Find("#theme-consommer").HasAttribute("checked"));
        Assert.Equal("scop", cut.Find("#status option[selected]").GetAttribute("value"));
        Assert.Equal("get", cut.Find("form").GetAttribute("method"));
        Assert.All(cut.FindAll("input:not([type=hidden]):not([type=checkbox]):not([type=submit]), select"), control =>
            Assert.NotEmpty(cut.FindAll($"label[for='{control.Id}']")));
    }

    [Fact]
    public void Filter_panel_hides_the_region_choice_on_a_region_page()
    {
        var cut = Render<FilterPanel>(p => p.Add(c => c.Action, "/regions/93").Add(c => c.Query, new DirectoryQuery())
            .Add(c => c.Preset, new DirectoryPreset { Regions = ["93"] }));

        Assert.Empty(cut.FindAll("#region"));
        Assert.All(cut.FindAll("#department option[data-region]"), o => Assert.Equal("93", o.GetAttribute("data-region")));
    }
}
