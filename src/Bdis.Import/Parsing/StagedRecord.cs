using Bdis.Core.Initiatives;

namespace Bdis.Import.Parsing;

/// <summary>A valid row on its way to the staging table: the record, its row number and its identity within the network.</summary>
public sealed record StagedRecord(long Line, Initiative Initiative, string IdentityKey, string SlugBase);
