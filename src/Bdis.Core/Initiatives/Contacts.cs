namespace Bdis.Core.Initiatives;

/// <summary>The structure's public contacts (never a person's private details).</summary>
public sealed record Contacts
{
    public string? Website { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public static Contacts Empty { get; } = new();
}
