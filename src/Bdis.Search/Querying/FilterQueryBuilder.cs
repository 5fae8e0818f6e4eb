using Bdis.Core.Reference;
using Bdis.Search.Contracts;
using Bdis.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>
/// The structured filters as one non-scoring query: each list is "any of", lists are combined with "and"; the
/// bounding box and the square around a distance filter are numeric range queries (the exact circle is checked by
/// <see cref="GeoFilterCollector"/>).
/// </summary>
public sealed class FilterQueryBuilder(Referentials referentials)
{
    private const int Step = InitiativeDocuments.CoordinatePrecisionStep;

    /// <returns>Null when there is nothing to filter on.</returns>
    public Query? Build(SearchFilters filters)
    {
        var all = new BooleanQuery(disableCoord: true);
        AnyOf(all, IndexFields.Region, filters.Regions);
        AnyOf(all, IndexFields.Department, filters.Departments.Select(d => referentials.Territories.FindDepartment(d)?.Code ?? d));
        AnyOf(all, IndexFields.ThemeWithTops, filters.Themes.SelectMany(t =>
            referentials.Themes.Find(t) is { } theme ? referentials.Themes.Expand(theme.Code) : [t]));
        AnyOf(all, IndexFields.Network, filters.Networks.Select(n => n.ToUpperInvariant()));
        AnyOf(all, IndexFields.LegalStatus, filters.LegalStatuses.Select(s => s.ToLowerInvariant()));

        if (filters.Bbox is { } box)
        {
            AddBox(all, box);
        }

        if (filters.Near is { } near && filters.RadiusKm is { } radius)
        {
            AddBox(all, GeoMath.BoxAround(near, radius));
        }

        return all.Clauses.Count == 0 ? null : new ConstantScoreQuery(all);
    }

    private static void AnyOf(BooleanQuery all, string field, IEnumerable<string> values)
    {
        var distinct = values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return;
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var value in distinct)
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        all.Add(any, Occur.MUST);
    }

    private static void AddBox(BooleanQuery all, BoundingBox box)
    {
        all.Add(Range(IndexFields.LatRange, box.MinLat, box.MaxLat), Occur.MUST);
        if (box.MinLon <= box.MaxLon)
        {
            all.Add(Range(IndexFields.LonRange, box.MinLon, box.MaxLon), Occur.MUST);
        }
        else
        {
            // A box across the antimeridian.
            all.Add(new BooleanQuery
            {
                { Range(IndexFields.LonRange, box.MinLon, 180.0), Occur.SHOULD },
                { Range(IndexFields.LonRange, -180.0, box.MaxLon), Occur.SHOULD },
            }, Occur.MUST);
        }
    }

    private static NumericRangeQuery<int> Range(string field, double min, double max) => NumericRangeQuery.NewInt32Range(
        field, Step, InitiativeDocuments.ToRangeValue(min), InitiativeDocuments.ToRangeValue(max), true, true);
}
