namespace Bdis.Import.Reports;

/// <summary>One message about one row: <see cref="Line"/> is the row number a spreadsheet shows (header = 1).</summary>
public sealed record ReportRow(long Line, string Field, Severity Severity, string Message);
