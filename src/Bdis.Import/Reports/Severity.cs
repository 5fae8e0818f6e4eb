namespace Bdis.Import.Reports;

public enum Severity
{
    Error,
    Warning,
}
