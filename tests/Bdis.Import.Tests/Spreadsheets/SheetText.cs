using Bdis.Import.Reading.Spreadsheets;
using CsvHelper;

namespace Bdis.Import.Tests.Spreadsheets;

/// <summary>Reads a workbook as the importer does and gives back the CSV text it turns the sheet into.</summary>
internal static class SheetText
{
    public static async Task<(string Csv, long? EstimatedRows)> ReadAsync(byte[] workbook, string? sheet = null)
    {
        using var input = new MemoryStream(workbook);
        return await ReadAsync(input, sheet);
    }

    public static async Task<(string Csv, long? EstimatedRows)> ReadAsync(Stream input, string? sheet = null)
    {
        var (csv, estimate) = await SpreadsheetSource.OpenAsync([], 0, input, input.CanSeek ? input.Position : 0, sheet, CancellationToken.None);
        using var reader = new StreamReader(csv);
        return (await reader.ReadToEndAsync(), estimate);
    }

    /// <summary>The fields of every record of a ';' CSV text, to compare CSV texts that quote differently.</summary>
    public static List<string> Records(string csv)
    {
        using var reader = CsvReader.Create(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)),
            new CsvReaderOptions { Separator = ';', HasHeader = false, SkipEmptyLines = false });
        var records = new List<string>();
        foreach (var row in reader)
        {
            var fields = new string[row.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            records.Add(string.Join("|", fields).TrimEnd('|'));
        }

        return records;
    }
}
