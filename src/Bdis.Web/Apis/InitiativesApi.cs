using Bdis.Core.Reference;
using Bdis.Data.Queries;
using Bdis.Web.Filters;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bdis.Web.Apis;

public static class InitiativesApi
{
    public static void MapInitiativesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/initiatives").WithTags("Initiatives");
        group.MapGet("/", ListAsync).WithSummary("Published initiatives, paged, filtered by network, region, department, theme and legal status");
        group.MapGet("/{slug}", GetAsync).WithSummary("One published initiative by its slug");
    }

    private static async Task<Results<Ok<InitiativePageDto>, ValidationProblem>> ListAsync(
        [AsParameters] FilterParameters filters, [AsParameters] PageParameters paging, InitiativeQueries queries, Referentials referentials,
        CancellationToken ct)
    {
        var problems = new FilterProblems();
        var query = FilterReader.Read(referentials, problems, filters, paging: paging);
        if (problems.Any)
        {
            return problems.ToValidationProblem();
        }

        var page = await queries.ListPublishedAsync(query.ToInitiativeFilter(), query.Page, query.PageSize, ct);
        return TypedResults.Ok(new InitiativePageDto(page.Total, page.PageNumber, page.PageSize, page.Items.Select(InitiativeSummaryDto.From).ToList()));
    }

    private static async Task<Results<Ok<InitiativeDetailDto>, ProblemHttpResult>> GetAsync(
        string slug, InitiativeQueries queries, CancellationToken ct)
    {
        var initiative = Core.Initiatives.Slug.IsWellFormed(slug) ? await queries.FindPublishedAsync(slug, ct) : null;
        return initiative is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Initiative introuvable",
                detail: "Aucune initiative publiée n'a cette adresse.")
            : TypedResults.Ok(InitiativeDetailDto.From(initiative));
    }
}
