namespace Bdis.Cli.CommandLine;

/// <summary>Positional arguments and <c>--name value</c> / <c>--flag</c> options, checked against what a command accepts.</summary>
public sealed class ParsedArgs
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private ParsedArgs(List<string> positionals) => Positionals = positionals;

    public IReadOnlyList<string> Positionals { get; }

    /// <param name="args">The arguments after the command's name.</param>
    /// <param name="valueOptions">Options that take a value, e.g. "--name".</param>
    /// <param name="flags">Options without a value, e.g. "--json".</param>
    public static ParsedArgs Parse(IReadOnlyList<string> args, IEnumerable<string> valueOptions, IEnumerable<string> flags)
    {
        var takesValue = valueOptions.ToHashSet(StringComparer.Ordinal);
        var isFlag = flags.ToHashSet(StringComparer.Ordinal);
        var positionals = new List<string>();
        var parsed = new ParsedArgs(positionals);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                positionals.Add(arg);
                continue;
            }

            var name = arg;
            string? inlineValue = null;
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                name = arg[..equals];
                inlineValue = arg[(equals + 1)..];
            }

            if (isFlag.Contains(name) && inlineValue is null)
            {
                parsed._flags.Add(name);
            }
            else if (takesValue.Contains(name))
            {
                var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"Option {name} needs a value."));
                if (!parsed._options.TryGetValue(name, out var list))
                {
                    parsed._options[name] = list = [];
                }

                list.Add(value);
            }
            else
            {
                throw new UsageException($"Unknown option {name}.");
            }
        }

        return parsed;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Value(string option) => _options.TryGetValue(option, out var list) ? list[^1] : null;

    public IReadOnlyList<string> Values(string option) => _options.TryGetValue(option, out var list) ? list : [];

    public string Required(string option) => Value(option) ?? throw new UsageException($"Option {option} is required.");

    public string Positional(int index, string what) =>
        index < Positionals.Count ? Positionals[index] : throw new UsageException($"Missing {what}.");

    public void ExpectPositionals(int count)
    {
        if (Positionals.Count > count)
        {
            throw new UsageException($"Unexpected argument '{Positionals[count]}'.");
        }
    }
}
