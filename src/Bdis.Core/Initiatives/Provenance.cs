namespace Bdis.Core.Initiatives;

/// <summary>Where a record came from (an import batch, a form, a public submission) and who touched it when.</summary>
public sealed record Provenance
{
    public SourceKind Kind { get; init; }

    /// <summary>The batch id, file name or form name that produced the last change.</summary>
    public string? Reference { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? CreatedBy { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public string? UpdatedBy { get; init; }

    public static Provenance Now(SourceKind kind, string? reference, string? by)
    {
        var now = DateTimeOffset.UtcNow;
        return new Provenance { Kind = kind, Reference = reference, CreatedAt = now, CreatedBy = by, UpdatedAt = now, UpdatedBy = by };
    }
}
