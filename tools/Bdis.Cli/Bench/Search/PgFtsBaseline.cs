using System.Globalization;
using System.Text;
using Bdis.Core.Initiatives;
using Bdis.Core.Reference;
using Bdis.Search.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace Bdis.Cli.Bench.Search;

/// <summary>
/// The comparison: the same queries answered by PostgreSQL alone, as a well-indexed database-only directory would:
/// websearch_to_tsquery over the unaccented French tsvector (GIN), the same filters (B-tree, GIN on themes, GiST on
/// location), a page of 20 ranked by ts_rank (or name, or distance) and the total via count(*) OVER ().
/// No facets (ours computes them in the same pass), no typo tolerance.
/// </summary>
public sealed class PgFtsBaseline(NpgsqlDataSource dataSource, Referentials referentials)
{
    public long Search(SearchQuery query)
    {
        var f = query.Filters;
        var sql = new StringBuilder("SELECT id, slug, name, commune, ST_X(location), ST_Y(location), count(*) OVER () AS total");
        using var command = new NpgsqlCommand { Connection = null };
        var hasText = !string.IsNullOrWhiteSpace(query.Text);
        sql.Append(hasText ? ", ts_rank(fts, q) AS rank FROM initiatives, websearch_to_tsquery('french', bench_unaccent(@text)) q WHERE fts @@ q AND "
            : " FROM initiatives WHERE ");
        sql.Append("status = ").Append((int)InitiativeStatus.Published);
        if (hasText)
        {
            command.Parameters.AddWithValue("text", query.Text!);
        }

        AnyOf(sql, command, "region_code", "regions", f.Regions);
        AnyOf(sql, command, "department_code", "departments", f.Departments);
        AnyOf(sql, command, "network_code", "networks", f.Networks);
        if (f.Themes.Count > 0)
        {
            sql.Append(" AND themes && @themes");
            command.Parameters.AddWithValue("themes", NpgsqlDbType.Array | NpgsqlDbType.Text, f.Themes.SelectMany(referentials.Themes.Expand).ToArray());
        }

        if (f.Bbox is { } b)
        {
            sql.Append(Invariant($" AND location && ST_MakeEnvelope({b.MinLon}, {b.MinLat}, {b.MaxLon}, {b.MaxLat}, 4326)"));
        }

        var point = f.Near is { } n ? Invariant($"ST_SetSRID(ST_MakePoint({n.Lon}, {n.Lat}), 4326)") : null;
        if (point is not null && f.RadiusKm is { } km)
        {
            var degrees = km / 111.0 / Math.Max(0.1, Math.Cos(f.Near!.Value.Lat * Math.PI / 180));
            sql.Append(Invariant($" AND location && ST_Expand({point}, {degrees}) AND ST_DWithin(location::geography, {point}::geography, {km * 1000})"));
        }

        sql.Append(query.Sort switch
        {
            SearchSort.Distance when point is not null => $" ORDER BY location::geography <-> {point}::geography",
            SearchSort.Name => " ORDER BY name",
            _ when hasText => " ORDER BY rank DESC",
            _ => " ORDER BY name",
        });
        sql.Append(Invariant($" LIMIT {query.PageSize} OFFSET {(query.Page - 1) * query.PageSize}"));

        using var connection = dataSource.OpenConnection();
        command.Connection = connection;
        command.CommandText = sql.ToString();
        using var reader = command.ExecuteReader();
        long total = 0;
        while (reader.Read())
        {
            total = reader.GetInt64(6);
            _ = reader.GetString(2);
        }

        return total;
    }

    /// <summary>The naive map: every initiative in the viewport, as GeoJSON points; returns the payload size in bytes.</summary>
    public long Viewport(BoundingBox b)
    {
        using var connection = dataSource.OpenConnection();
        using var command = new NpgsqlCommand(Invariant(
            $"SELECT id, slug, name, ST_X(location), ST_Y(location) FROM initiatives WHERE status = {(int)InitiativeStatus.Published} AND location && ST_MakeEnvelope({b.MinLon}, {b.MinLat}, {b.MaxLon}, {b.MaxLat}, 4326)"),
            connection);
        using var reader = command.ExecuteReader();
        return GeoJsonSize.Write(writer =>
        {
            while (reader.Read())
            {
                GeoJsonSize.Point(writer, reader.GetDouble(3), reader.GetDouble(4), w =>
                {
                    w.WriteNumber("count", 1);
                    w.WriteString("id", reader.GetGuid(0));
                    w.WriteString("slug", reader.GetString(1));
                    w.WriteString("name", reader.GetString(2));
                });
            }
        });
    }

    private static void AnyOf(StringBuilder sql, NpgsqlCommand command, string column, string parameter, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            sql.Append(" AND ").Append(column).Append(" = ANY(@").Append(parameter).Append(')');
            command.Parameters.AddWithValue(parameter, NpgsqlDbType.Array | NpgsqlDbType.Text, values.ToArray());
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
