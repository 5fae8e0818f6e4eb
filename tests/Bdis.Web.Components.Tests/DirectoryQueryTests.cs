using Bdis.Search.Contracts;
using Bdis.Web.Components.Directory;
using Bdis.Web.Components.Pages.Embed;
using Bdis.Web.Filters;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Bdis.Web.Components.Tests;

public sealed class DirectoryQueryTests : ComponentTestContext
{
    private static (DirectoryQuery Query, IReadOnlyList<FilterProblem> Ignored) Parse(string queryString)
    {
        var problems = new FilterProblems();
        var query = FilterReader.ReadPage(new QueryCollection(QueryHelpers.ParseQuery(queryString)), Referentials, problems);
        return (query, problems.Items);
    }

    [Fact]
    public void A_shared_url_round_trips_to_the_same_view()
    {
        var (query, ignored) = Parse("?q=tiers-lieu&region=93&department=13&theme=consommer&theme=amap&network=apeas&status=scop"
            + "&bbox=4.5,43.1,6.2,44.0&near=5.44,43.52&radiusKm=5&sort=distance&page=2");

        Assert.Empty(ignored);
        Assert.Equal(["APEAS"], query.Filters.Networks);
        Assert.Equal(new BoundingBox(4.5, 43.1, 6.2, 44.0), query.Filters.Bbox);
        Assert.Equal(new GeoPoint(5.44, 43.52), query.Filters.Near);
        Assert.Equal(SearchSort.Distance, query.Sort);
        var (again, _) = Parse("?" + query.ToQueryString());
        Assert.Equal(query.ToQueryString(), again.ToQueryString());
        Assert.Equal(query.ToSearchQuery().Filters.Themes, again.ToSearchQuery().Filters.Themes);
        Assert.Equal(query.ToSearchQuery().Filters.Near, again.ToSearchQuery().Filters.Near);
    }

    [Theory]
    [InlineData("?region=<script>", "FilterUnknownRegion")]
    [InlineData("?theme=%00%01", "FilterUnknownTheme")]
    [InlineData("?bbox=1,2,3", "FilterBadBbox")]
    [InlineData("?bbox=10,10,5,5", "FilterBadBbox")]
    [InlineData("?bbox=NaN,1,2,3", "FilterBadBbox")]
    [InlineData("?near=999,999", "FilterBadNear")]
    [InlineData("?near=1e400,2", "FilterBadNear")]
    public void Hostile_or_malformed_parameters_are_ignored_with_a_reason_and_the_list_still_shows(string queryString, string reason)
    {
        var (query, ignored) = Parse(queryString);

        Assert.Contains(ignored, i => i.MessageKey == reason);
        Assert.Empty(query.Filters.Regions);
        Assert.Null(query.Filters.Bbox);
        Assert.Null(query.Filters.Near);
    }

    [Fact]
    public void Huge_text_and_absurd_paging_are_bounded()
    {
        var (query, ignored) = Parse("?q=" + new string('a', 20_000) + "&page=99999999999&region=" + string.Join(",", Enumerable.Repeat("93", 5000)));

        Assert.Equal(FilterLimits.MaxTextLength, query.Text!.Length);
        Assert.Contains(ignored, i => i.MessageKey == "FilterTextTooLong");
        Assert.Contains(ignored, i => i.MessageKey == "FilterBadPage");
        Assert.Contains(ignored, i => i.MessageKey == "FilterTooManyValues");
        Assert.Equal(1, query.Page);
        Assert.Equal(["93"], query.Filters.Regions);
    }

    [Theory]
    [InlineData("page", "10000", true)]
    [InlineData("page", "10001", false)]
    [InlineData("page", "0", false)]
    [InlineData("page", "-1", false)]
    [InlineData("page", "abc", false)]
    [InlineData("radiusKm", "1000", true)]
    [InlineData("radiusKm", "1001", false)]
    [InlineData("radiusKm", "-1", false)]
    [InlineData("sort", "name", true)]
    [InlineData("sort", "foo", false)]
    public void A_page_reads_each_value_against_the_same_limits_as_the_api(string name, string value, bool accepted)
    {
        var near = name == "radiusKm" ? "&near=5.4,43.5" : string.Empty;
        var (_, ignored) = Parse($"?{name}={value}{near}");

        Assert.Equal(accepted, !ignored.Any(p => p.Parameter == name));
    }

    [Fact]
    public void A_distance_sort_is_kept_when_a_commune_gives_the_point_and_explained_otherwise()
    {
        var (withCommune, none) = Parse("?commune=13100&sort=distance");
        Assert.Empty(none);
        Assert.Equal(SearchSort.Distance, withCommune.Sort);

        var (alone, ignored) = Parse("?sort=distance");
        Assert.Equal(SearchSort.Relevance, alone.Sort);
        Assert.Equal("FilterDistanceWithoutNear", Assert.Single(ignored).MessageKey);
    }

    [Fact]
    public void The_text_limit_is_inclusive()
    {
        Assert.Empty(Parse("?q=" + new string('a', FilterLimits.MaxTextLength)).Ignored);
        Assert.Single(Parse("?q=" + new string('a', FilterLimits.MaxTextLength + 1)).Ignored);
    }

    [Fact]
    public void A_preset_cannot_be_widened_by_the_visitor_only_narrowed()
    {
        var preset = new DirectoryPreset { Regions = ["93"], Themes = ["consommer"] };

        var widened = preset.Apply(Parse("?region=11&region=84&department=75&theme=se-loger").Query, Referentials);
        Assert.Equal(["93"], widened.Filters.Regions);
        Assert.Empty(widened.Filters.Departments);
        Assert.Equal(["consommer"], widened.Filters.Themes);

        var narrowed = preset.Apply(Parse("?department=13&theme=amap").Query, Referentials);
        Assert.Equal(["93"], narrowed.Filters.Regions);
        Assert.Equal(["13"], narrowed.Filters.Departments);
        Assert.Equal(["amap"], narrowed.Filters.Themes);
    }

    [Fact]
    public void An_embed_visitor_keeps_only_keyword_page_and_area()
    {
        var parsed = Parse("?region=93&network=APEAS&q=vélo&page=2&status=scop&bbox=4.5,43.1,6.2,44.0").Query;
        var embed = EmbedPreset.From(parsed, "b3124a");
        var visitor = EmbedPreset.VisitorPart(parsed);

        Assert.Equal(["93"], embed.Filters.Regions);
        Assert.Equal(["APEAS"], embed.Filters.Networks);
        Assert.Equal("vélo", visitor.Text);
        Assert.Empty(visitor.Filters.LegalStatuses);
        Assert.Contains(new KeyValuePair<string, string>("accent", "b3124a"), embed.Hidden());
    }

    [Theory]
    [InlineData("b3124a", "#b3124a")]
    [InlineData("#000091", "#000091")]
    [InlineData("ffff00", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("red;}body{display:none", null)]
    public void Accent_colour_is_accepted_only_as_a_hex_colour_readable_under_white_text(string input, string? expected) =>
        Assert.Equal(expected, EmbedPreset.ReadableAccent(input));

    [Fact]
    public void Snippets_are_cut_at_their_highlights_and_untrusted_ranges_are_dropped()
    {
        var parts = Snippets.Parts("l'épicerie & <img>", [new(2, 8), new(4, 3), new(15, 99), new(0, 0)]).ToList();

        Assert.Equal([("l'", false), ("épicerie", true), (" & <img>", false)], parts);
    }

    [Fact]
    public void A_five_digit_commune_entry_is_read_as_a_postcode_before_an_insee_code()
    {
        var aix = CommuneCentre.FindCommunes("13100", Referentials.Territories);
        var ajaccio = CommuneCentre.FindCommunes("2A004", Referentials.Territories);

        Assert.Contains(aix, c => c.Name == "Aix-en-Provence");
        Assert.DoesNotContain(aix, c => c.Name == "Saint-Rémy-de-Provence");
        Assert.Equal("Ajaccio", Assert.Single(ajaccio).Name);
        Assert.Empty(CommuneCentre.FindCommunes("00000", Referentials.Territories));
    }
}
