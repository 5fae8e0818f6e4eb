namespace Bdis.Core.Initiatives;

/// <summary>Publication workflow: only <see cref="Published"/> records are shown to the public.</summary>
public enum InitiativeStatus
{
    Draft = 0,
    Pending = 1,
    Published = 2,
    Archived = 3,
}
