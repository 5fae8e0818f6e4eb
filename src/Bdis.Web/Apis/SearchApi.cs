using System.Globalization;
using Bdis.Core.Reference;
using Bdis.Search.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bdis.Web.Apis;

public static class SearchApi
{
    public const int MaxZoom = 22;
    public const int MaxSuggestions = 10;

    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Search");
        group.MapGet("/search", Search).WithSummary(
            "Full-text search over published initiatives with region, department, theme, network, legal status, bbox and distance filters, facets and snippets");
        group.MapGet("/suggest", Suggest).WithSummary("Up to 10 completions (themes, communes, initiative names) for a prefix");
        group.MapGet("/clusters", Clusters).WithSummary("GeoJSON clusters and single initiatives in a viewport, with the search filters");
    }

    private static Results<Ok<SearchResponseDto>, ValidationProblem> Search(HttpRequest request, IInitiativeSearch search, Referentials referentials)
    {
        var q = request.Query;
        var errors = new QueryErrors();
        var text = SearchRequestParser.Single(q, "q", errors);
        var paging = Paging.Parse(SearchRequestParser.Single(q, "page", errors), SearchRequestParser.Single(q, "pageSize", errors), errors);
        var filters = SearchRequestParser.Filters(q, referentials, errors);
        var sort = SearchRequestParser.Sort(SearchRequestParser.Single(q, "sort", errors), filters, errors);
        var readPlaces = SearchRequestParser.ReadPlaces(SearchRequestParser.Single(q, "places", errors), errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Invalid query parameters");
        }

        var result = search.Search(new SearchQuery
        {
            Text = text, Filters = filters, Sort = sort, ReadPlaces = readPlaces, Page = paging.Page, PageSize = paging.PageSize,
        });
        return TypedResults.Ok(new SearchResponseDto(
            result.Total, paging.Page, paging.PageSize, result.Items.Select(SearchItemDto.From).ToList(), SearchFacetsDto.From(result.Facets),
            InterpretationDto.From(result.Interpretation)));
    }

    private static Results<Ok<List<SuggestionDto>>, ValidationProblem> Suggest(HttpRequest request, IInitiativeSearch search)
    {
        var errors = new QueryErrors();
        var text = SearchRequestParser.Single(request.Query, "q", errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Invalid query parameters");
        }

        var suggestions = search.Suggest(text ?? string.Empty, MaxSuggestions);
        return TypedResults.Ok(suggestions.Select(s => new SuggestionDto(s.Kind.ToString().ToLowerInvariant(), s.Label, s.Value)).ToList());
    }

    private static Results<Ok<ClusterCollectionDto>, ValidationProblem> Clusters(HttpRequest request, IInitiativeSearch search, Referentials referentials)
    {
        var q = request.Query;
        var errors = new QueryErrors();
        var text = SearchRequestParser.Single(q, "q", errors);
        var filters = SearchRequestParser.Filters(q, referentials, errors);
        var readPlaces = SearchRequestParser.ReadPlaces(SearchRequestParser.Single(q, "places", errors), errors);
        var zoomText = SearchRequestParser.Single(q, "zoom", errors);
        var zoom = 0;
        if (string.IsNullOrWhiteSpace(zoomText))
        {
            errors.Add("zoom", "'zoom' is required (0 = world … 22 = building).");
        }
        else if (!int.TryParse(zoomText, NumberStyles.None, CultureInfo.InvariantCulture, out zoom) || zoom > MaxZoom)
        {
            errors.Add("zoom", $"'zoom' must be a whole number from 0 to {MaxZoom}.");
        }

        if (filters.Bbox is null && !errors.ToDictionary().ContainsKey("bbox"))
        {
            errors.Add("bbox", "'bbox=minLon,minLat,maxLon,maxLat' is required.");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Invalid query parameters");
        }

        var result = search.Clusters(new ClusterQuery { Bbox = filters.Bbox!.Value, Zoom = zoom, Text = text, Filters = filters with { Bbox = null }, ReadPlaces = readPlaces });
        return TypedResults.Ok(new ClusterCollectionDto(result.Total, result.Features.Select(ClusterFeatureDto.From).ToList()));
    }
}
