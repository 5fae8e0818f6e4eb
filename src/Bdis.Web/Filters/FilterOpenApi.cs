using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Bdis.Web.Filters;

/// <summary>
/// States in the OpenAPI document what <see cref="FilterReader"/> accepts for each directory parameter: its type and
/// its limits from <see cref="FilterLimits"/>. The parameters are bound as text (so that a bad value gets a sentence
/// naming it, not a bare 400), which the document would otherwise show as plain strings.
/// </summary>
public static class FilterOpenApi
{
    public static void Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var clusters = context.Description.RelativePath?.TrimEnd('/') == "api/clusters";
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In != ParameterLocation.Query || SchemaFor(parameter.Name) is not { } schema)
            {
                continue;
            }

            parameter.Schema = schema;
            if (clusters && parameter.Name is FilterNames.Bbox or FilterNames.Zoom)
            {
                parameter.Required = true;
            }
        }
    }

    private static OpenApiSchema? SchemaFor(string? name) => name switch
    {
        FilterNames.Text => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = FilterLimits.MaxTextLength },
        FilterNames.Region or FilterNames.Department or FilterNames.Theme or FilterNames.Network or FilterNames.Status => new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            MaxItems = FilterLimits.MaxValuesPerParameter,
            Items = name == FilterNames.Status
                ? new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. Bdis.Core.Initiatives.LegalStatuses.Values.Select(s => (JsonNode)Bdis.Core.Initiatives.LegalStatuses.Code(s))] }
                : new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = FilterLimits.MaxCodeLength },
        },
        FilterNames.Bbox => new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            MaxLength = FilterLimits.MaxCoordinatesLength,
            Pattern = @"^\s*-?[0-9.eE+-]+\s*(,\s*-?[0-9.eE+-]+\s*){3}$",
            Examples = ["4.2,43.1,6.9,44.4"],
        },
        FilterNames.Near => new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            MaxLength = FilterLimits.MaxCoordinatesLength,
            Pattern = @"^\s*-?[0-9.eE+-]+\s*,\s*-?[0-9.eE+-]+\s*$",
            Examples = ["5.447,43.529"],
        },
        FilterNames.RadiusKm => new OpenApiSchema
        {
            Type = JsonSchemaType.Number,
            ExclusiveMinimum = "0",
            Maximum = Invariant(FilterLimits.MaxRadiusKm),
        },
        FilterNames.Sort => new OpenApiSchema { Type = JsonSchemaType.String, Enum = ["relevance", "distance", "name"], Default = "relevance" },
        FilterNames.Places => new OpenApiSchema { Type = JsonSchemaType.String, Enum = ["true", "false", "1", "0"], Default = "true" },
        FilterNames.Page => Whole(1, FilterLimits.MaxPage, 1),
        FilterNames.PageSize => Whole(1, FilterLimits.MaxPageSize, FilterLimits.DefaultPageSize),
        FilterNames.Zoom => Whole(0, FilterLimits.MaxZoom, null),
        _ => null,
    };

    private static OpenApiSchema Whole(int min, int max, int? defaultValue) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = Invariant(min),
        Maximum = Invariant(max),
        Default = defaultValue is { } d ? JsonValue.Create(d) : null,
    };

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
