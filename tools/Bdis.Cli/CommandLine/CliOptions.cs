using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Bdis.Cli.Resources;

namespace Bdis.Cli.CommandLine;

/// <summary>The kinds of options the commands declare, and how each reads and checks its value (in one place).</summary>
public static class CliOptions
{
    /// <summary>An option with one value; given twice, the last one counts (as shells' users expect of a re-typed option).</summary>
    public static Option<string> Text(string name, string valueName, string description) => new(name)
    {
        Description = description,
        HelpName = valueName,
        Arity = ArgumentArity.OneOrMore,
        CustomParser = result => result.Tokens[^1].Value,
    };

    /// <summary>An option that may be given several times, each time with one value.</summary>
    public static Option<string[]> Texts(string name, string valueName, string description) => new(name)
    {
        Description = description,
        HelpName = valueName,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>One of a few words (any case), e.g. csv|geojson; the value is given in lower case.</summary>
    public static Option<string> Choice(string name, string description, params string[] choices)
    {
        var option = Text(name, string.Join('|', choices), description);
        option.CustomParser = result => result.Tokens[^1].Value.ToLowerInvariant();
        option.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, choices);
        return option;
    }

    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; "_" separators and the k and M suffixes are accepted.</summary>
    public static Option<long?> Number(string name, string valueName, string description, long min, long max) => new(name)
    {
        Description = description,
        HelpName = valueName,
        Arity = ArgumentArity.OneOrMore,
        CustomParser = result => ParseNumber(result, name, min, max),
    };

    /// <summary>Marks an option as required: said in its help, checked with the command's other usage errors.</summary>
    public static void Require(this Command command, Option option)
    {
        option.Description = $"{option.Description} {CliText.Required}";
        command.Validators.Add(result =>
        {
            if (result.GetResult(option) is null)
            {
                result.AddError(string.Format(CultureInfo.CurrentCulture, CliText.OptionRequired, option.Name));
            }
        });
    }

    private static long? ParseNumber(ArgumentResult result, string name, long min, long max)
    {
        var text = result.Tokens[^1].Value.Replace("_", string.Empty, StringComparison.Ordinal);
        var factor = 1L;
        if (text.EndsWith('k') || text.EndsWith('K'))
        {
            (text, factor) = (text[..^1], 1_000);
        }
        else if (text.EndsWith('m') || text.EndsWith('M'))
        {
            (text, factor) = (text[..^1], 1_000_000);
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max / factor
            && value * factor >= min)
        {
            return value * factor;
        }

        result.AddError(string.Format(CultureInfo.CurrentCulture, CliText.WholeNumberRange, name, min, max));
        return null;
    }
}
