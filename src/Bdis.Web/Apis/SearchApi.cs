using System.ComponentModel;
using Bdis.Core.Reference;
using Bdis.Search.Contracts;
using Bdis.Web.Filters;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Bdis.Web.Apis;

public static class SearchApi
{
    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Search");
        group.MapGet("/search", Search).WithSummary(
            "Full-text search over published initiatives with region, department, theme, network, legal status, bbox and distance filters, facets and snippets");
        group.MapGet("/suggest", Suggest).WithSummary("Up to 10 completions (themes, communes, initiative names) for a prefix");
        group.MapGet("/clusters", Clusters).WithSummary("GeoJSON clusters and single initiatives in a viewport, with the search filters");
    }

    private static Results<Ok<SearchResponseDto>, ValidationProblem> Search(
        [AsParameters] WhatWhereParameters whatWhere, [AsParameters] FilterParameters filters, [AsParameters] PageParameters paging,
        [FromQuery(Name = FilterNames.Sort), Description("relevance (default: nearest first around a point, best match with words), distance (needs near) or name.")] string? sort,
        IInitiativeSearch search, Referentials referentials)
    {
        var problems = new FilterProblems();
        var query = FilterReader.Read(referentials, problems, filters, whatWhere, paging, sort);
        if (problems.Any)
        {
            return problems.ToValidationProblem();
        }

        var result = search.Search(query.ToSearchQuery());
        return TypedResults.Ok(new SearchResponseDto(
            result.Total, query.Page, query.PageSize, result.Items.Select(SearchItemDto.From).ToList(), SearchFacetsDto.From(result.Facets),
            InterpretationDto.From(result.Interpretation)));
    }

    private static Results<Ok<List<SuggestionDto>>, ValidationProblem> Suggest(
        [FromQuery(Name = FilterNames.Text), Description("The beginning of a word or name.")] string? q, IInitiativeSearch search)
    {
        var problems = new FilterProblems();
        var text = FilterReader.Text(q, problems);
        if (problems.Any)
        {
            return problems.ToValidationProblem();
        }

        var suggestions = search.Suggest(text ?? string.Empty, FilterLimits.MaxSuggestions);
        return TypedResults.Ok(suggestions.Select(s => new SuggestionDto(s.Kind.ToString().ToLowerInvariant(), s.Label, s.Value)).ToList());
    }

    private static Results<Ok<ClusterCollectionDto>, ValidationProblem> Clusters(
        [AsParameters] WhatWhereParameters whatWhere, [AsParameters] FilterParameters filters,
        [FromQuery(Name = FilterNames.Zoom), Description("Web-map zoom level: 0 = the world … 22 = a building.")] string? zoom,
        IInitiativeSearch search, Referentials referentials)
    {
        var problems = new FilterProblems();
        var query = FilterReader.Read(referentials, problems, filters, whatWhere);
        var level = FilterReader.Zoom(zoom, problems);
        if (query.Filters.Bbox is null && !problems.Has(FilterNames.Bbox))
        {
            problems.Add(FilterNames.Bbox, "FilterBboxRequired");
        }

        if (problems.Any)
        {
            return problems.ToValidationProblem();
        }

        var result = search.Clusters(query.ToClusterQuery(query.Filters.Bbox!.Value, level));
        return TypedResults.Ok(new ClusterCollectionDto(result.Total, result.Features.Select(ClusterFeatureDto.From).ToList()));
    }
}
