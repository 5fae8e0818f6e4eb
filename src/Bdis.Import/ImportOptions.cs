using Bdis.Import.Mapping;

namespace Bdis.Import;

/// <summary>What to import into: the owning network, the optional mapping file, and whether to write at all.</summary>
public sealed record ImportOptions(string NetworkCode)
{
    public ImportProfile Profile { get; init; } = ImportProfile.Empty;

    public bool DryRun { get; init; }

    /// <summary>Whether a large insert rebuilds the table's secondary indexes once instead of growing them row by row.</summary>
    public IndexStrategy Indexes { get; init; } = IndexStrategy.Auto;

    /// <summary>The sheet to read when the file is an .xlsx or .ods workbook; null: the first visible sheet.</summary>
    public string? Sheet { get; init; }

    /// <summary>The file name recorded as the records' provenance.</summary>
    public string SourceName { get; init; } = "import";
}
