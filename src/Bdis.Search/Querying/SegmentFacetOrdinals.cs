using System.Runtime.CompilerServices;
using Bdis.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Bdis.Search.Querying;

/// <summary>
/// The facet values of one index segment as plain arrays: per document, the ordinal of its region, department,
/// network and legal status (-1 when absent) and its theme ordinals (CSR layout), with the label of each ordinal.
/// Counting a query with hundreds of thousands of matches then costs an array read per document and field instead
/// of a doc-values decode. Loaded once per segment (like <see cref="SegmentPoints"/>) and shared by every query on it.
/// </summary>
public sealed class SegmentFacetOrdinals
{
    /// <summary>The single-valued facet fields, in this order.</summary>
    public static readonly string[] SingleFields = [IndexFields.Region, IndexFields.Department, IndexFields.Network, IndexFields.LegalStatus];

    private static readonly ConditionalWeakTable<object, SegmentFacetOrdinals> Cache = new();

    private SegmentFacetOrdinals(int[][] ords, string[][] labels, int[] themeStarts, int[] themeOrds, string[] themeLabels)
    {
        Ords = ords;
        Labels = labels;
        ThemeStarts = themeStarts;
        ThemeOrds = themeOrds;
        ThemeLabels = themeLabels;
    }

    /// <summary>Per <see cref="SingleFields"/> entry, per document: the ordinal, or -1.</summary>
    public int[][] Ords { get; }

    /// <summary>Per <see cref="SingleFields"/> entry, per ordinal: the value.</summary>
    public string[][] Labels { get; }

    /// <summary>Document d's theme ordinals are <c>ThemeOrds[ThemeStarts[d]..ThemeStarts[d + 1]]</c>.</summary>
    public int[] ThemeStarts { get; }

    public int[] ThemeOrds { get; }

    public string[] ThemeLabels { get; }

    public static SegmentFacetOrdinals Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Load(reader));

    private static SegmentFacetOrdinals Load(AtomicReader reader)
    {
        var max = reader.MaxDoc;
        var scratch = new BytesRef();
        var ords = new int[SingleFields.Length][];
        var labels = new string[SingleFields.Length][];
        for (var f = 0; f < SingleFields.Length; f++)
        {
            var values = reader.GetSortedDocValues(SingleFields[f]);
            ords[f] = new int[max];
            if (values is null)
            {
                Array.Fill(ords[f], -1);
                labels[f] = [];
                continue;
            }

            for (var doc = 0; doc < max; doc++)
            {
                ords[f][doc] = values.GetOrd(doc);
            }

            labels[f] = Enumerable.Range(0, values.ValueCount).Select(ord =>
            {
                values.LookupOrd(ord, scratch);
                return scratch.Utf8ToString();
            }).ToArray();
        }

        var starts = new int[max + 1];
        var themeOrds = new List<int>(max * 2);
        var themes = reader.GetSortedSetDocValues(IndexFields.ThemeWithTops);
        var themeLabels = new List<string>();
        if (themes is not null)
        {
            for (var doc = 0; doc < max; doc++)
            {
                starts[doc] = themeOrds.Count;
                themes.SetDocument(doc);
                long ord;
                while ((ord = themes.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    themeOrds.Add((int)ord);
                }
            }

            for (long ord = 0; ord < themes.ValueCount; ord++)
            {
                themes.LookupOrd(ord, scratch);
                themeLabels.Add(scratch.Utf8ToString());
            }
        }

        starts[max] = themeOrds.Count;
        return new SegmentFacetOrdinals(ords, labels, starts, [.. themeOrds], [.. themeLabels]);
    }
}
