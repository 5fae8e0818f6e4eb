namespace Bdis.Import.Reports;

/// <summary>
/// What the public will see of the records the import created, updated or left unchanged (rejected rows aside):
/// <see cref="Published"/> + <see cref="Drafts"/> + <see cref="OtherUnpublished"/> is their number. Counted in a dry
/// run too, before the rollback.
/// </summary>
public sealed class PublicView
{
    /// <summary>Records shown on the site.</summary>
    public long Published { get; internal set; }

    /// <summary>Published records without a position: in the list and on their page, not on the map.</summary>
    public long PublishedNotOnMap { get; internal set; }

    /// <summary>Records kept as drafts (not shown).</summary>
    public long Drafts { get; internal set; }

    /// <summary>Drafts because no theme was recognised (the importer's only reason to make a draft).</summary>
    public long DraftsWithoutTheme { get; internal set; }

    /// <summary>Records already pending or archived in the store, which the import leaves unpublished.</summary>
    public long OtherUnpublished { get; internal set; }

    internal void Add(PublicView other)
    {
        Published += other.Published;
        PublishedNotOnMap += other.PublishedNotOnMap;
        Drafts += other.Drafts;
        DraftsWithoutTheme += other.DraftsWithoutTheme;
        OtherUnpublished += other.OtherUnpublished;
    }
}
