namespace Bdis.Core.Initiatives;

/// <summary>Postal address as people write it; <see cref="InseeCode"/> is the INSEE commune code ("13001", "2A004").</summary>
public sealed record PostalAddress
{
    public string? Street { get; init; }

    public string? Postcode { get; init; }

    public string? Commune { get; init; }

    public string? InseeCode { get; init; }

    public static PostalAddress Empty { get; } = new();
}
