using Bdis.Core.Reference;
using Bdis.Core.Territories;
using Bdis.Core.Text;
using Bdis.Search.Analysis;
using Bdis.Search.Contracts;
using Bdis.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Bdis.Search.Querying;

/// <summary>
/// The one seam between what the visitor typed and what is searched: the list, its counts and facets, and the map's
/// clusters all go through <see cref="Interpret"/>, so they always show the same set. A run of words at the end or
/// the start of the query that names a place (<see cref="PlaceWords"/>) becomes a territory filter — the region, or
/// the department (of the commune or postcode) — and a commune also orders the results from its centre; the rest is
/// the text searched.
/// Rules: places are read only when the visitor chose no territory (region, department or "autour de"), since two
/// territories would only narrow each other to nothing; and a run stays text when more initiatives outside that
/// territory than inside it have those words in their name or description ("amap saint cyprien" finds the AMAP de
/// Saint-Cyprien in Toulouse, "ferme bio" is not the village of Bio); and the whole query stays text when it is the
/// full name of an initiative ("ressourcerie du pays d'aix").
/// </summary>
public sealed class QueryInterpreter(PlaceWords places, Referentials referentials)
{
    /// <summary>The commune's centre is the mean of at most this many of its initiatives' positions.</summary>
    private const int MaxCentrePoints = 5_000;

    /// <summary>Initiatives whose name holds every word of the query, compared with it in full (see <see cref="IsAName"/>).</summary>
    private const int MaxNamesCompared = 20;

    public InterpretedQuery Interpret(IndexReader reader, string? text, SearchFilters filters, bool readPlaces = true)
    {
        var plain = new InterpretedQuery(QueryText.Parse(text), filters, null);
        if (!readPlaces || string.IsNullOrWhiteSpace(text) || filters.Regions.Count > 0 || filters.Departments.Count > 0 || filters.Near is not null)
        {
            return plain;
        }

        var input = text.Length > QueryText.MaxInputChars ? text[..QueryText.MaxInputChars] : text;
        var tokens = Tokens.Of(FrenchAnalysis.Folded, input, QueryText.MaxWords);
        var words = tokens.Select(t => t.Term).ToList();
        // Most queries name no place: they pay for no index look-up here.
        var runs = places.Candidates(words).ToList();
        if (runs.Count == 0 || IsAName(reader, words))
        {
            return plain;
        }

        foreach (var run in runs)
        {
            if (!NamesSomethingElse(reader, words, run))
            {
                return Apply(input, tokens, run, filters, reader);
            }
        }

        return plain;
    }

    private InterpretedQuery Apply(string input, List<Token> tokens, PlaceRun run, SearchFilters filters, IndexReader reader)
    {
        var rest = tokens.Take(run.Start).Concat(tokens.Skip(run.Start + run.Length)).ToList();
        var restText = rest.Count == 0 ? string.Empty : input[rest[0].Start..rest[^1].End];
        var placeText = input[tokens[run.Start].Start..tokens[run.Start + run.Length - 1].End];
        var place = run.Place;
        var department = place.DepartmentCode is { } code ? referentials.Territories.FindDepartment(code) : null;
        var interpretation = new QueryInterpretation
        {
            Text = restText,
            PlaceText = placeText,
            Kind = place.Kind,
            PlaceName = place.Name,
            RegionCode = place.Kind == PlaceKind.Region ? place.Code : null,
            DepartmentCode = department?.Code,
            DepartmentName = department?.Name,
            CommuneCode = place.Commune?.InseeCode,
            Centre = place.Commune is { } commune ? Centre(reader, commune) : null,
        };
        var narrowed = place.Kind == PlaceKind.Region
            ? filters with { Regions = [place.Code] }
            : filters with { Departments = [department!.Code] };
        // The place ended the query: what is left was typed in full, so no word of it is a prefix being typed.
        var words = QueryText.Parse(restText);
        return new InterpretedQuery(run.Start > 0 ? words with { LastIsPrefix = false } : words, narrowed, interpretation);
    }

    /// <summary>Whether every word of some initiative's name is in the query (and so the query names it).</summary>
    private static bool IsAName(IndexReader reader, List<string> words)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var word in words.Distinct(StringComparer.Ordinal))
        {
            all.Add(new TermQuery(new Term(IndexFields.NameFolded, word)), Occur.MUST);
        }

        var searcher = new IndexSearcher(reader);
        var asked = words.ToHashSet(StringComparer.Ordinal);
        return searcher.Search(all, MaxNamesCompared).ScoreDocs
            .Any(d => Tokens.Of(FrenchAnalysis.Folded, searcher.Doc(d.Doc).Get(IndexFields.Name)).All(t => asked.Contains(t.Term)));
    }

    /// <summary>Whether more initiatives outside the place than inside it have the run's words in their name or description.</summary>
    private static bool NamesSomethingElse(IndexReader reader, List<string> words, PlaceRun run)
    {
        var mention = new BooleanQuery(disableCoord: true);
        for (var i = run.Start; i < run.Start + run.Length; i++)
        {
            mention.Add(new DisjunctionMaxQuery(0f)
            {
                new TermQuery(new Term(IndexFields.NameFolded, words[i])),
                new TermQuery(new Term(IndexFields.Body, Tokens.Stem(words[i]))),
            }, Occur.MUST);
        }

        var searcher = new IndexSearcher(reader);
        var all = Count(searcher, mention);
        if (all == 0)
        {
            return false;
        }

        var territory = run.Place.Kind == PlaceKind.Region
            ? new Term(IndexFields.Region, run.Place.Code)
            : new Term(IndexFields.Department, run.Place.DepartmentCode);
        var inside = Count(searcher, new BooleanQuery { { mention, Occur.MUST }, { new TermQuery(territory), Occur.MUST } });
        return all - inside > inside;
    }

    private static int Count(IndexSearcher searcher, Query query)
    {
        var counter = new TotalHitCountCollector();
        searcher.Search(query, counter);
        return counter.TotalHits;
    }

    /// <summary>
    /// The mean position of the commune's initiatives: index terms of <see cref="IndexFields.CommuneKey"/> with the
    /// commune's name and a code (INSEE or postcode) of the same department.
    /// </summary>
    private GeoPoint? Centre(IndexReader reader, Commune commune)
    {
        var terms = MultiFields.GetTerms(reader, IndexFields.CommuneKey);
        if (terms is null)
        {
            return null;
        }

        var prefix = TextKey.Normalize(commune.Name) + IndexFields.KeySeparator;
        var te = terms.GetEnumerator();
        if (te.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END)
        {
            return null;
        }

        var keys = new List<Term>();
        do
        {
            var key = te.Term.Utf8ToString();
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                break;
            }

            var code = key.Split(IndexFields.KeySeparator)[1];
            if (InDepartment(code, commune.DepartmentCode))
            {
                keys.Add(new Term(IndexFields.CommuneKey, key));
            }
        }
        while (te.MoveNext());

        double lat = 0, lon = 0;
        var n = 0;
        foreach (var leaf in reader.Leaves)
        {
            var points = SegmentPoints.Of(leaf.AtomicReader);
            foreach (var key in keys)
            {
                var docs = leaf.AtomicReader.GetTermDocsEnum(key);
                int doc;
                while (docs is not null && n < MaxCentrePoints && (doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    if (!double.IsNaN(points.Lat[doc]))
                    {
                        lat += points.Lat[doc];
                        lon += points.Lon[doc];
                        n++;
                    }
                }
            }
        }

        return n == 0 ? null : new GeoPoint(lon / n, lat / n);
    }

    private bool InDepartment(string code, string department)
    {
        var territories = referentials.Territories;
        return territories.FindCommune(code)?.DepartmentCode == department
            || territories.CommunesForPostcode(code).Any(c => c.DepartmentCode == department);
    }
}
