using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bdis.Search.Analysis;

/// <summary>A token with where it came from in the original text.</summary>
public readonly record struct Token(string Term, int Start, int End);

/// <summary>Runs an analyzer over a string.</summary>
public static class Tokens
{
    public static List<Token> Of(Analyzer analyzer, string? text, int max = int.MaxValue)
    {
        var result = new List<Token>();
        if (string.IsNullOrEmpty(text))
        {
            return result;
        }

        using var stream = analyzer.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (result.Count < max && stream.IncrementToken())
        {
            result.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return result;
    }

    /// <summary>The stem of one already folded word ("cooperatives" → "cooperatif").</summary>
    public static string Stem(string foldedWord)
    {
        var tokens = Of(FrenchAnalysis.Stemmed, foldedWord, 1);
        return tokens.Count == 1 ? tokens[0].Term : foldedWord;
    }
}
