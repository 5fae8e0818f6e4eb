using Bdis.Core.Reference;
using Bdis.Data.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bdis.Web.Apis;

public static class InitiativesApi
{
    public static void MapInitiativesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/initiatives").WithTags("Initiatives");
        group.MapGet("/", ListAsync).WithSummary("Published initiatives, paged, filtered by network, region, department and theme");
        group.MapGet("/{slug}", GetAsync).WithSummary("One published initiative by its slug");
    }

    private static async Task<Results<Ok<InitiativePageDto>, ValidationProblem>> ListAsync(
        HttpRequest request, InitiativeQueries queries, Referentials referentials, CancellationToken ct)
    {
        var q = request.Query;
        var errors = new QueryErrors();
        var paging = Paging.Parse(q["page"], q["pageSize"], errors);
        var filter = new InitiativeFilter
        {
            Networks = TerritoryThemeFilters.Networks(q["network"], errors),
            Regions = TerritoryThemeFilters.Regions(q["region"], referentials, errors),
            Departments = TerritoryThemeFilters.Departments(q["department"], referentials, errors),
            Themes = TerritoryThemeFilters.Themes(q["theme"], referentials, errors),
        };
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Invalid query parameters");
        }

        var page = await queries.ListPublishedAsync(filter, paging.Page, paging.PageSize, ct);
        return TypedResults.Ok(new InitiativePageDto(page.Total, page.PageNumber, page.PageSize, page.Items.Select(InitiativeSummaryDto.From).ToList()));
    }

    private static async Task<Results<Ok<InitiativeDetailDto>, ProblemHttpResult>> GetAsync(
        string slug, InitiativeQueries queries, CancellationToken ct)
    {
        var initiative = Core.Initiatives.Slug.IsWellFormed(slug) ? await queries.FindPublishedAsync(slug, ct) : null;
        return initiative is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Initiative not found",
                detail: "No published initiative has this slug.")
            : TypedResults.Ok(InitiativeDetailDto.From(initiative));
    }
}
