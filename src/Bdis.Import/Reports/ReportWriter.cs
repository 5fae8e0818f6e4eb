using System.Text;
using System.Text.Json;
using CsvHelper;

namespace Bdis.Import.Reports;

/// <summary>The report as the one JSON object of <c>--json</c>, as a CSV file for spreadsheets, or as a short summary.</summary>
public static class ReportWriter
{
    public static void WriteJson(ImportReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteNumber("read", report.Read);
        json.WriteNumber("created", report.Created);
        json.WriteNumber("updated", report.Updated);
        json.WriteNumber("unchanged", report.Unchanged);
        json.WriteNumber("rejected", report.Rejected);
        json.WriteNumber("warnings", report.Warnings);
        json.WriteBoolean("dryRun", report.DryRun);
        json.WriteStartArray("rows");
        foreach (var row in report.Rows)
        {
            json.WriteStartObject();
            json.WriteNumber("line", row.Line);
            json.WriteString("field", row.Field);
            json.WriteString("severity", row.Severity == Severity.Error ? "error" : "warning");
            json.WriteString("message", row.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("omittedRows", report.OmittedRows);
        json.WriteStartObject("unknownCategories");
        foreach (var (label, count) in report.UnknownCategories)
        {
            json.WriteNumber(label, count);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>UTF-8 with BOM and ';', which French spreadsheets open as they are; text that looks like a formula is escaped.</summary>
    public static void WriteCsv(ImportReport report, Stream output)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions
        {
            Separator = ';', WriteByteOrderMark = true, Injection = CsvInjection.Escape,
        }, leaveOpen: true);
        foreach (var header in new[] { "ligne", "champ", "gravite", "message" })
        {
            csv.WriteField(header);
        }

        csv.EndRecord();
        foreach (var row in report.Rows)
        {
            csv.WriteField(row.Line, default);
            csv.WriteField(row.Field);
            csv.WriteField(row.Severity == Severity.Error ? "erreur" : "avertissement");
            csv.WriteField(row.Message);
            csv.EndRecord();
        }

        csv.Flush();
    }

    public static string Summary(ImportReport report)
    {
        var sb = new StringBuilder();
        sb.Append(report.DryRun ? "Dry run (nothing written): " : "Imported: ");
        sb.Append($"{report.Read} read, {report.Created} created, {report.Updated} updated, {report.Unchanged} unchanged, ");
        sb.Append($"{report.Rejected} rejected, {report.Warnings} warnings.");
        return sb.ToString();
    }
}
