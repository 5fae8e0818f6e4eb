namespace Bdis.Import.Staging;

/// <summary>
/// Watches, while the file is read, whether an identity key or a slug base comes twice, through 64-bit hashes of them.
/// When none does (distinct hashes prove distinct strings), the merge can skip the work that looks for repeats: the
/// search for duplicates within the file and the counting of slug bases, each a hash aggregation over the whole staging
/// table (about 1.3 s and 1.5 s for a million rows). A repeated hash (a real repeat, or very rarely a collision) only
/// means the exact SQL runs as before. Memory stays bounded: past <see cref="MaxTracked"/> rows the watch gives up.
/// It also notes whether every row had an external id, so that no row needs matching by name and postcode.
/// </summary>
public sealed class RepeatWatch
{
    /// <summary>About 25 MB of hashes per kind of key; a larger file takes the exact SQL path.</summary>
    public const int MaxTracked = 2_000_000;

    private HashSet<ulong>? _identityKeys = [];
    private HashSet<ulong>? _slugBases = [];

    /// <summary>True when no two rows read had the same identity key.</summary>
    public bool IdentityKeysDistinct => _identityKeys is not null;

    /// <summary>True when no two rows read had the same slug base.</summary>
    public bool SlugBasesDistinct => _slugBases is not null;

    /// <summary>True when every row read had an external id (none needs matching by name and postcode).</summary>
    public bool EveryRowHasExternalId { get; private set; } = true;

    public void Add(string identityKey, string slugBase, bool hasExternalId)
    {
        EveryRowHasExternalId &= hasExternalId;
        if (_identityKeys is not null && (_identityKeys.Count >= MaxTracked || !Hash(identityKey, out var key) || !_identityKeys.Add(key)))
        {
            _identityKeys = null;
        }

        if (_slugBases is not null && (_slugBases.Count >= MaxTracked || !Hash(slugBase, out var slug) || !_slugBases.Add(slug)))
        {
            _slugBases = null;
        }
    }

    /// <summary>
    /// FNV-1a over the UTF-16 code units. False for text holding surrogates: PostgreSQL compares UTF-8 bytes, and a lone
    /// surrogate would become U+FFFD there, so two different strings here could be equal there.
    /// </summary>
    internal static bool Hash(string value, out ulong hash)
    {
        hash = 14695981039346656037UL;
        foreach (var c in value)
        {
            if (char.IsSurrogate(c))
            {
                return false;
            }

            hash = (hash ^ c) * 1099511628211UL;
        }

        return true;
    }

    /// <summary>The hash, or 0 for text <see cref="Hash"/> refuses: sets of known values may then answer "maybe", never a wrong "no".</summary>
    internal static ulong HashOrZero(string value) => Hash(value, out var hash) ? hash : 0;
}
