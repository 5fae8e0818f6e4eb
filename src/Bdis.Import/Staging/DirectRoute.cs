using Bdis.Import.Parsing;
using Npgsql;

namespace Bdis.Import.Staging;

/// <summary>
/// Decides, row by row while the file is read, whether a row of a network's first import can go straight into
/// <c>initiatives</c>: only when it provably needs none of the merge's steps. That is: its identity key and its slug
/// base come for the first time in the file, the table uses neither its slug base nor a numbered form of it, its slug
/// base is not a numbered form of a name already known (<see cref="NumbersAKnownName"/>), and no record of another network shares
/// its SIRET or lies near enough to be reported as a possible duplicate. Every other row goes to the staging table and
/// the exact SQL merge, which sees the directly loaded rows in the table: a later row repeating a direct row's base is
/// numbered past it, as the first of a repeated base keeps the plain form on the staging path.
/// Proofs go through 64-bit hashes: distinct hashes prove distinct strings, and an equal hash only sends the row to
/// the exact path. Memory grows with the file up to <see cref="MaxTracked"/> identities; past that every row is staged.
/// </summary>
public sealed class DirectRoute
{
    public const int MaxTracked = RepeatWatch.MaxTracked;

    /// <summary>
    /// Grid cell size (degrees): a little over the 0.004° bounding distance the cross-network duplicate search uses
    /// before its exact 200 m test, so two points that close are always in the same or adjacent cells despite rounding.
    /// </summary>
    private const double Cell = 0.0041;

    private readonly Dictionary<ulong, (long Line, Guid Id)> _identities = [];
    private readonly HashSet<ulong> _slugBases = [];
    private readonly HashSet<ulong> _usedSlugBases = [];
    private readonly HashSet<ulong> _otherSirets = [];
    private readonly HashSet<(long, long)> _otherCells = [];
    private bool _full;

    /// <summary>
    /// Reads what the table already holds (every record belongs to another network, the importing one having none):
    /// the slugs and their bases, the SIRETs and the grid cells of the locations. Call it with the table locked.
    /// </summary>
    public static async Task<DirectRoute> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var route = new DirectRoute();
        await using var command = new NpgsqlCommand(
            "SELECT slug, siret, ST_X(location), ST_Y(location) FROM initiatives", connection, transaction) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            route.AddExisting(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : (reader.GetDouble(2), reader.GetDouble(3)));
        }

        return route;
    }

    internal void AddExisting(string slug, string? siret, (double X, double Y)? location)
    {
        _usedSlugBases.Add(RepeatWatch.HashOrZero(slug));
        if (NumberedBase(slug) is { } numberedBase)
        {
            _usedSlugBases.Add(RepeatWatch.HashOrZero(numberedBase));
        }

        if (siret is not null)
        {
            _otherSirets.Add(RepeatWatch.HashOrZero(siret));
        }

        if (location is { } point)
        {
            _otherCells.Add(CellOf(point.X, point.Y));
        }
    }

    /// <summary>Sets <see cref="StagedRecord.Direct"/> (and, for a repeated identity, <see cref="StagedRecord.FirstOfIdentity"/>).</summary>
    public void Route(StagedRecord record)
    {
        record.Direct = false;
        if (_full || _identities.Count >= MaxTracked)
        {
            _full = true;
            return;
        }

        var identityHashed = RepeatWatch.Hash(record.IdentityKey, out var identity);
        // Every base is remembered, staged rows' too: a later row with the same base then waits for the exact
        // allocation as well, which numbers both in file order.
        var newSlugBase = RepeatWatch.Hash(record.SlugBase, out var slugBase) && _slugBases.Add(slugBase) && !_usedSlugBases.Contains(slugBase)
            && !NumbersAKnownName(record.SlugBase);
        if (identityHashed)
        {
            if (_identities.TryGetValue(identity, out var first))
            {
                record.FirstOfIdentity = first;
                return;
            }

            _identities.Add(identity, (record.Line, record.Initiative.Id));
        }

        if (!identityHashed || !newSlugBase || NearOtherNetworks(record))
        {
            return;
        }

        record.Direct = true;
    }

    /// <summary>
    /// A numbered-looking base ("atelier-3") whose prefix the table uses or the file has already named is staged: the
    /// allocation then counts it among the file's names, as the staging path does. Loaded directly, it would count as
    /// the table's, and a first "Atelier" set aside for another reason would be numbered past it instead of keeping
    /// "atelier". A prefix the file names only later cannot be known yet: that one case gives other (still unique)
    /// numbers than the staging path.
    /// </summary>
    private bool NumbersAKnownName(string slugBase) =>
        NumberedBase(slugBase) is { } prefix && (!RepeatWatch.Hash(prefix, out var hash) || _slugBases.Contains(hash) || _usedSlugBases.Contains(hash));

    private bool NearOtherNetworks(StagedRecord record)
    {
        var i = record.Initiative;
        if (i.Siret is not null && _otherSirets.Contains(RepeatWatch.HashOrZero(i.Siret)))
        {
            return true;
        }

        if (i.Location is null || _otherCells.Count == 0)
        {
            return false;
        }

        var (cx, cy) = CellOf(i.Location.X, i.Location.Y);
        for (var dx = -1L; dx <= 1; dx++)
        {
            for (var dy = -1L; dy <= 1; dy++)
            {
                if (_otherCells.Contains((cx + dx, cy + dy)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static (long, long) CellOf(double x, double y) => ((long)Math.Floor(x / Cell), (long)Math.Floor(y / Cell));

    /// <summary>"abc" for "abc-12": the base a numbered slug counts under when new slugs are allocated (at most 9 digits).</summary>
    private static string? NumberedBase(string slug)
    {
        var dash = slug.LastIndexOf('-');
        var digits = slug.Length - dash - 1;
        if (dash < 0 || digits is < 1 or > 9)
        {
            return null;
        }

        for (var k = dash + 1; k < slug.Length; k++)
        {
            if (slug[k] is < '0' or > '9')
            {
                return null;
            }
        }

        return slug[..dash];
    }
}
