using Bdis.Core.Initiatives;

namespace Bdis.Import.Parsing;

/// <summary>A valid row on its way to the staging table: the record, its row number and its identity within the network.</summary>
public sealed record StagedRecord(long Line, Initiative Initiative, string IdentityKey, string SlugBase)
{
    /// <summary>On a direct load: the row is proven to need no merge step and goes straight into <c>initiatives</c>.</summary>
    public bool Direct { get; set; }

    /// <summary>On a direct load: the earlier row whose identity key has the same hash (probably the same key), by line and id.</summary>
    public (long Line, Guid Id)? FirstOfIdentity { get; set; }
}
