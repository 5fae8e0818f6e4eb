namespace Bdis.Import.Reports;

public enum Severity
{
    Error,
    Warning,

    /// <summary>Something the importer did on its own and exactly (a repaired text, an official commune name): said, not a problem.</summary>
    Info,
}
