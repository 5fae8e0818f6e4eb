using Bdis.Core.Territories;
using Bdis.Core.Text;

namespace Bdis.Import.Parsing;

/// <summary>
/// Finds the commune a row's postcode (or INSEE code) and commune name designate, so that its official name can replace
/// the file's spelling: accents, case and dashes aside (<c>SAINT RAPHAEL</c>), with <c>St</c>/<c>Ste</c> for Saint/Sainte
/// and a trailing <c>CEDEX</c> ignored, and a U+FFFD standing for any one letter (<c>SAINT-RAPHA�L</c>). Only a single
/// commune among those of the postcode may match: an ambiguous or unknown name identifies nothing. When no commune's
/// name is the whole name, a name that is the start of exactly one (<c>ABRIES</c> for Abriès-Ristolas, a commune merged
/// since) identifies it. A "postcode" that is no postcode but the INSEE code of a commune of that name (an export that
/// filled the wrong column) identifies that commune too (<see cref="CommuneMatch.PostcodeWasInseeCode"/>). Answers are
/// cached per (postcode, INSEE code, name), as a file repeats a few hundred communes over many rows.
/// </summary>
public sealed class CommuneNames(TerritoryReferential territories)
{
    private const int MaxCached = 50_000;

    /// <summary>Stands for U+FFFD in a key: a letter, so that normalising keeps it, and one no commune name holds.</summary>
    private const char AnyLetter = 'ʔ';

    private readonly Dictionary<(string?, string?, string), CommuneMatch?> _cache = [];
    private readonly Dictionary<string, string> _officialKeys = new(StringComparer.Ordinal);

    /// <summary>The commune the name designates among those of the INSEE code (when known) or else the postcode; null when none or several do.</summary>
    public CommuneMatch? Identify(string? postcode, string? inseeCode, string name)
    {
        if (_cache.TryGetValue((postcode, inseeCode, name), out var cached))
        {
            return cached;
        }

        var key = Key(name);
        CommuneMatch? found = null;
        if (territories.FindCommune(inseeCode) is { } byInsee)
        {
            found = Single([byInsee], key) is { } commune ? new CommuneMatch(commune, false) : null;
        }
        else if (territories.CommunesForPostcode(postcode) is { Count: > 0 } candidates)
        {
            found = Single(candidates, key) is { } commune ? new CommuneMatch(commune, false) : null;
        }
        else if (TerritoryReferential.NormalizePostcode(postcode) is { } code && territories.FindCommune(code) is { } misplaced)
        {
            found = Single([misplaced], key) is { } commune ? new CommuneMatch(commune, true) : null;
        }

        if (_cache.Count >= MaxCached)
        {
            _cache.Clear();
        }

        _cache[(postcode, inseeCode, name)] = found;
        return found;
    }

    /// <summary>The one candidate whose name is the key, or else the one whose name starts with the key's words.</summary>
    private Commune? Single(IReadOnlyList<Commune> candidates, string key)
    {
        if (key.Length == 0)
        {
            return null;
        }

        return OnlyOne(candidates, c => Matches(key, OfficialKey(c)))
            ?? OnlyOne(candidates, c => OfficialKey(c) is var official && official.Length > key.Length && official[key.Length] == ' '
                && Matches(key, official[..key.Length]));
    }

    private static Commune? OnlyOne(IReadOnlyList<Commune> candidates, Func<Commune, bool> predicate)
    {
        Commune? found = null;
        foreach (var candidate in candidates)
        {
            if (predicate(candidate))
            {
                if (found is not null)
                {
                    return null;
                }

                found = candidate;
            }
        }

        return found;
    }

    /// <summary>"ST-RAPHA�L CEDEX" → "saint raphaʔl".</summary>
    internal static string Key(string name)
    {
        var words = TextKey.Normalize(name.Replace(TextRepair.ReplacementCharacter, AnyLetter)).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var cedex = words.IndexOf("cedex");
        if (cedex > 0 && words.Skip(cedex + 1).All(w => w.All(char.IsAsciiDigit)))
        {
            words.RemoveRange(cedex, words.Count - cedex);
        }

        for (var i = 0; i < words.Count; i++)
        {
            words[i] = words[i] switch { "st" => "saint", "ste" => "sainte", _ => words[i] };
        }

        return string.Join(' ', words);
    }

    private string OfficialKey(Commune commune)
    {
        if (!_officialKeys.TryGetValue(commune.InseeCode, out var key))
        {
            _officialKeys[commune.InseeCode] = key = Key(commune.Name);
        }

        return key;
    }

    private static bool Matches(string key, string official)
    {
        if (key.Length != official.Length || key.Length == 0)
        {
            return false;
        }

        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != official[i] && !(key[i] == AnyLetter && (char.IsLetter(official[i]) || official[i] == ' ')))
            {
                return false;
            }
        }

        return true;
    }
}
