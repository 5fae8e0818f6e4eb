using Bdis.Search.Contracts;
using Bdis.Web.Components.Directory;
using Bdis.Web.Components.Pages.Embed;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Bdis.Web.Components.Tests;

public sealed class DirectoryQueryTests : ComponentTestContext
{
    private static (DirectoryQuery Query, List<IgnoredParameter> Ignored) Parse(string queryString)
    {
        var ignored = new List<IgnoredParameter>();
        var query = DirectoryQueryParser.Parse(new QueryCollection(QueryHelpers.ParseQuery(queryString)), Referentials, ignored);
        return (query, ignored);
    }

    [Fact]
    public void A_shared_url_round_trips_to_the_same_view()
    {
        var (query, ignored) = Parse("?q=tiers-lieu&region=93&department=13&theme=consommer&theme=amap&network=apeas&status=scop"
            + "&bbox=4.5,43.1,6.2,44.0&near=5.44,43.52&radiusKm=5&sort=distance&page=2");

        Assert.Empty(ignored);
        Assert.Equal(["APEAS"], query.Networks);
        Assert.Equal(new BoundingBox(4.5, 43.1, 6.2, 44.0), query.Bbox);
        Assert.Equal(new GeoPoint(5.44, 43.52), query.Near);
        Assert.Equal(SearchSort.Distance, query.Sort);
        var (again, _) = Parse("?" + query.ToQueryString());
        Assert.Equal(query.ToQueryString(), again.ToQueryString());
        Assert.Equal(query.ToSearchQuery().Filters.Themes, again.ToSearchQuery().Filters.Themes);
        Assert.Equal(query.ToSearchQuery().Filters.Near, again.ToSearchQuery().Filters.Near);
    }

    [Theory]
    [InlineData("?region=<script>", "IgnoredUnknownValue")]
    [InlineData("?theme=%00%01", "IgnoredUnknownValue")]
    [InlineData("?bbox=1,2,3", "IgnoredBbox")]
    [InlineData("?bbox=10,10,5,5", "IgnoredBbox")]
    [InlineData("?bbox=NaN,1,2,3", "IgnoredBbox")]
    [InlineData("?near=999,999", "IgnoredNear")]
    [InlineData("?near=1e400,2", "IgnoredNear")]
    public void Hostile_or_malformed_parameters_are_ignored_with_a_reason_and_the_list_still_shows(string queryString, string reason)
    {
        var (query, ignored) = Parse(queryString);

        Assert.Contains(ignored, i => i.MessageKey == reason);
        Assert.Empty(query.Regions);
        Assert.Null(query.Bbox);
        Assert.Null(query.Near);
    }

    [Fact]
    public void Huge_text_and_absurd_paging_are_bounded()
    {
        var (query, ignored) = Parse("?q=" + new string('a', 20_000) + "&page=99999999999&region=" + string.Join(",", Enumerable.Repeat("93", 5000)));

        Assert.Equal(DirectoryQueryParser.MaxTextLength, query.Text!.Length);
        Assert.Contains(ignored, i => i.MessageKey == "IgnoredTextTooLong");
        Assert.Equal(1, query.Page);
        Assert.Equal(["93"], query.Regions);
        Assert.Equal(DirectoryQuery.MaxPage, Parse("?page=100000").Query.Page);
    }

    [Fact]
    public void A_preset_cannot_be_widened_by_the_visitor_only_narrowed()
    {
        var preset = new DirectoryPreset { Regions = ["93"], Themes = ["consommer"] };

        var widened = preset.Apply(Parse("?region=11&region=84&department=75&theme=se-loger").Query, Referentials);
        Assert.Equal(["93"], widened.Regions);
        Assert.Empty(widened.Departments);
        Assert.Equal(["consommer"], widened.Themes);

        var narrowed = preset.Apply(Parse("?department=13&theme=amap").Query, Referentials);
        Assert.Equal(["93"], narrowed.Regions);
        Assert.Equal(["13"], narrowed.Departments);
        Assert.Equal(["amap"], narrowed.Themes);
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
        Assert.Empty(visitor.LegalStatuses);
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
    public void Snippets_keep_marks_and_nothing_else()
    {
        var safe = Snippets.Safe("l'<mark>épicerie</mark> &amp; <img src=x onerror=alert(1)>").Value;

        Assert.Equal("l&#39;<mark>&#233;picerie</mark> &amp; &lt;img src=x onerror=alert(1)&gt;", safe);
    }

    [Fact]
    public void A_five_digit_commune_entry_is_read_as_a_postcode_before_an_insee_code()
    {
        var aix = DirectoryQueryParser.FindCommunes("13100", Referentials.Territories);
        var ajaccio = DirectoryQueryParser.FindCommunes("2A004", Referentials.Territories);

        Assert.Contains(aix, c => c.Name == "Aix-en-Provence");
        Assert.DoesNotContain(aix, c => c.Name == "Saint-Rémy-de-Provence");
        Assert.Equal("Ajaccio", Assert.Single(ajaccio).Name);
        Assert.Empty(DirectoryQueryParser.FindCommunes("00000", Referentials.Territories));
    }
}
