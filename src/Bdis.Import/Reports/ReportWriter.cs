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
        json.WriteStartObject("public");
        json.WriteNumber("published", report.Public.Published);
        json.WriteNumber("publishedNotOnMap", report.Public.PublishedNotOnMap);
        json.WriteNumber("drafts", report.Public.Drafts);
        json.WriteNumber("draftsWithoutTheme", report.Public.DraftsWithoutTheme);
        json.WriteNumber("otherUnpublished", report.Public.OtherUnpublished);
        json.WriteEndObject();
        json.WriteStartObject("repairs");
        json.WriteNumber("doubleEncodedText", report.Repairs.DoubleEncoded);
        json.WriteNumber("communeNames", report.Repairs.CommuneNames);
        json.WriteNumber("leadingZeros", report.Repairs.LeadingZeros);
        json.WriteNumber("postcodesFromInseeCodes", report.Repairs.Postcodes);
        json.WriteNumber("damagedText", report.Repairs.Damaged);
        json.WriteEndObject();
        json.WriteStartArray("rows");
        foreach (var row in report.Rows)
        {
            json.WriteStartObject();
            json.WriteNumber("line", row.Line);
            json.WriteString("field", row.Field);
            json.WriteString("severity", SeverityName(row.Severity));
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
            csv.WriteField(row.Severity switch { Severity.Error => "erreur", Severity.Warning => "avertissement", _ => "information" });
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
        var view = report.Public;
        sb.Append('\n').Append(report.DryRun ? "The public would see: " : "The public sees: ");
        sb.Append($"{view.Published} published ({view.PublishedNotOnMap} of them not on the map, having no position), ");
        sb.Append($"{view.Drafts} drafts not shown ({view.DraftsWithoutTheme} with no recognised theme)");
        sb.Append(view.OtherUnpublished > 0 ? $", {view.OtherUnpublished} pending or archived." : ".");
        var repairs = report.Repairs;
        if (repairs.DoubleEncoded + repairs.CommuneNames + repairs.LeadingZeros + repairs.Postcodes + repairs.Damaged > 0)
        {
            sb.Append($"\nRepaired: {repairs.DoubleEncoded} double-encoded texts, {repairs.CommuneNames} commune names from the INSEE referential, ");
            sb.Append($"{repairs.LeadingZeros} leading zeros, {repairs.Postcodes} postcodes that were INSEE codes; {repairs.Damaged} damaged texts imported as they are (see the warnings).");
        }

        return sb.ToString();
    }

    /// <summary>"error", "warning" or "info", as <c>--json</c> writes them.</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
