using Bdis.Core.Reference;
using Bdis.Core.Text;
using Bdis.Search.Contracts;
using Bdis.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Bdis.Search.Querying;

/// <summary>
/// Completions for what is being typed: themes whose label has a word starting so, communes (of the indexed
/// initiatives) whose name starts so, and initiatives whose name has the typed words (the last one as a prefix).
/// A label is never repeated (accents and case aside): a commune known under several codes is offered once, and an
/// initiative named like another one is told apart by its commune ("AMAP du Marché — Lyon"), or left out.
/// </summary>
public sealed class Suggester(Referentials referentials)
{
    private const int MaxThemes = 3;
    private const int MaxCommunes = 4;

    private readonly (string Key, Contracts.Suggestion Suggestion)[] _themes = referentials.Themes.All
        .Select(t => (TextKey.Normalize(t.LabelFr), new Suggestion(SuggestionKind.Theme, t.LabelFr, t.Code))).ToArray();

    public IReadOnlyList<Suggestion> Suggest(IndexSearcher searcher, string? prefix, int max)
    {
        var key = TextKey.Normalize(prefix is { Length: > QueryText.MaxInputChars } ? prefix[..QueryText.MaxInputChars] : prefix);
        if (key.Length == 0 || max <= 0)
        {
            return [];
        }

        var result = new List<Suggestion>(max);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        void Offer(Suggestion s, int limit)
        {
            if (result.Count < limit && labels.Add(TextKey.Normalize(s.Label)))
            {
                result.Add(s);
            }
        }

        foreach (var theme in _themes.Where(t => t.Key.StartsWith(key, StringComparison.Ordinal) || t.Key.Contains(' ' + key, StringComparison.Ordinal)))
        {
            Offer(theme.Suggestion, Math.Min(MaxThemes, max));
        }

        var communeLimit = Math.Min(max, result.Count + MaxCommunes);
        foreach (var commune in Communes(searcher.IndexReader, key, MaxCommunes * 4))
        {
            Offer(commune, communeLimit);
        }

        foreach (var (name, commune) in Names(searcher, QueryText.Parse(prefix), max * 3))
        {
            if (!labels.Contains(TextKey.Normalize(name.Label)))
            {
                Offer(name, max);
            }
            else if (commune is not null)
            {
                Offer(name with { Label = $"{name.Label} — {commune}" }, max);
            }
        }

        return result;
    }

    private static IEnumerable<Suggestion> Communes(IndexReader reader, string key, int max)
    {
        var found = new List<Suggestion>();
        var terms = max > 0 ? MultiFields.GetTerms(reader, IndexFields.CommuneKey) : null;
        if (terms is null)
        {
            return found;
        }

        var te = terms.GetEnumerator();
        var seek = new BytesRef(key);
        if (te.SeekCeil(seek) == TermsEnum.SeekStatus.END)
        {
            return found;
        }

        do
        {
            var parts = te.Term.Utf8ToString().Split(IndexFields.KeySeparator);
            if (parts.Length != 3 || !parts[0].StartsWith(key, StringComparison.Ordinal))
            {
                break;
            }

            if (!found.Any(f => f.Value == parts[1]))
            {
                found.Add(new Suggestion(SuggestionKind.Commune, parts[2], parts[1]));
            }
        }
        while (found.Count < max && te.MoveNext());

        return found;
    }

    private static IEnumerable<(Suggestion Name, string? Commune)> Names(IndexSearcher searcher, QueryText text, int max)
    {
        if (max <= 0 || text.IsEmpty)
        {
            return [];
        }

        var query = new BooleanQuery(disableCoord: true);
        for (var i = 0; i < text.Words.Count; i++)
        {
            var term = new Term(IndexFields.NameFolded, text.Words[i]);
            query.Add(i == text.Words.Count - 1 ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
        }

        var top = searcher.Search(query, null, max, new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.NameSort, SortFieldType.STRING)));
        return top.ScoreDocs.Select(d =>
        {
            var doc = searcher.Doc(d.Doc);
            return (new Suggestion(SuggestionKind.Initiative, doc.Get(IndexFields.Name), doc.Get(IndexFields.Slug)), (string?)doc.Get(IndexFields.Commune));
        }).ToList();
    }
}
