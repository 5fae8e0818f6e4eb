namespace Bdis.Search.Indexing;

/// <summary>
/// The directory's order when nothing is searched: complete fiches first (a visitor can act on them), then the most
/// recently updated day, then a stable shuffle by id — so the thousand records of one import, updated the same day,
/// come mixed (themes, networks, places) rather than in the order of their file (which opened the list on twenty
/// AMAPs). Packed in 24 bits so that it is exact as a float score (<see cref="Querying.DefaultOrderCollector"/>).
/// </summary>
public static class DefaultOrder
{
    private static readonly DateTime Epoch = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>1 bit complete, 16 bits day since 2020 (until 2199), 7 bits shuffle.</summary>
    public static int Value(bool complete, DateTime? updatedUtc, Guid id)
    {
        var day = updatedUtc is { } at ? Math.Clamp((int)(at.ToUniversalTime() - Epoch).TotalDays, 0, 0xFFFF) : 0;
        var shuffle = Shuffle(id);
        return ((complete ? 1 : 0) << 23) | (day << 7) | shuffle;
    }

    /// <summary>A stable 7-bit value spread over ids (the last bytes of a v4 or v7 GUID are random).</summary>
    private static int Shuffle(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        var mixed = 0u;
        foreach (var b in bytes)
        {
            mixed = (mixed * 31) + b;
        }

        return (int)((mixed ^ (mixed >> 7) ^ (mixed >> 14)) & 0x7F);
    }
}
