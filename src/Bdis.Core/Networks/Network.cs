namespace Bdis.Core.Networks;

/// <summary>A regional network (APEAS, ADEPES…) that owns and co-manages records.</summary>
public sealed class Network
{
    public const int CodeMax = 32;
    public const int NameMax = 200;

    /// <summary>Short, stable, upper-case code ("APEAS"); the key records refer to.</summary>
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Website { get; set; }

    /// <summary>INSEE codes of the regions the network covers.</summary>
    public List<string> Regions { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
