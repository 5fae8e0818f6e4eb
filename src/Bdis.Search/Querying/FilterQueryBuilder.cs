using Bdis.Core.Reference;
using Bdis.Search.Contracts;
using Bdis.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bdis.Search.Querying;

/// <summary>
/// The structured filters as one non-scoring query: each list is "any of", lists are combined with "and"; the
/// bounding box and the square around a distance filter are numeric range queries (the exact circle is checked by
/// <see cref="GeoFilterCollector"/>), unless the caller checks them on each match itself (see
/// <see cref="BoxFilterCollector"/>).
/// </summary>
public sealed class FilterQueryBuilder(Referentials referentials)
{
    private const int Step = InitiativeDocuments.CoordinatePrecisionStep;

    /// <param name="withGeo">False when the caller checks the bounding box and the distance on each match (with
    /// text, whose matches are visited anyway, that is much cheaper than range queries, which mark every record of the
    /// latitude and longitude bands in a bit set for each query).</param>
    /// <returns>Null when there is nothing to filter on.</returns>
    public Query? Build(SearchFilters filters, bool withGeo = true)
    {
        var all = new BooleanQuery(disableCoord: true);
        AnyOf(all, IndexFields.Region, filters.Regions);
        AnyOf(all, IndexFields.Department, filters.Departments.Select(d => referentials.Territories.FindDepartment(d)?.Code ?? d));
        // theme_all holds each record's themes and their top themes, so a top theme is one term, not a disjunction
        // over its sub-themes (which cost a heap of postings to advance for every text match).
        AnyOf(all, IndexFields.ThemeWithTops, filters.Themes.Select(t => referentials.Themes.Find(t)?.Code ?? t));
        AnyOf(all, IndexFields.Network, filters.Networks.Select(n => n.ToUpperInvariant()));
        AnyOf(all, IndexFields.LegalStatus, filters.LegalStatuses.Select(s => s.ToLowerInvariant()));

        if (withGeo && filters.Bbox is { } box)
        {
            AddBox(all, box);
        }

        if (withGeo && filters.Near is { } near && filters.RadiusKm is { } radius)
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
