using Bdis.Core.Initiatives;
using CsvHelper;

namespace Bdis.Import.Export;

/// <summary>
/// CSV for French spreadsheet users: UTF-8 with BOM, ';', formula-like text escaped with a leading quote (which the
/// importer removes again), and headers the importer maps by itself, so an export re-imports unchanged.
/// </summary>
public static class CsvExporter
{
    public static readonly string[] Headers =
    [
        "identifiant", "nom", "résumé", "description", "adresse", "code postal", "commune", "code insee", "département", "région",
        "latitude", "longitude", "thématiques", "site web", "courriel", "téléphone", "siret", "statut juridique", "réseau", "slug",
    ];

    public static async Task<long> WriteAsync(IAsyncEnumerable<ExportRecord> records, Stream output, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions
        {
            Separator = ';', WriteByteOrderMark = true, Injection = CsvInjection.Escape,
        }, leaveOpen: true);
        foreach (var header in Headers)
        {
            csv.WriteField(header);
        }

        await csv.EndRecordAsync(ct);
        long count = 0;
        await foreach (var r in records.WithCancellation(ct))
        {
            csv.WriteField(r.ExternalId);
            csv.WriteField(r.Name);
            csv.WriteField(r.Summary);
            csv.WriteField(r.Description);
            csv.WriteField(r.Street);
            csv.WriteField(r.Postcode);
            csv.WriteField(r.Commune);
            csv.WriteField(r.InseeCode);
            csv.WriteField(r.DepartmentCode);
            csv.WriteField(r.RegionCode);
            csv.WriteField(r.Latitude, default);
            csv.WriteField(r.Longitude, default);
            csv.WriteField(string.Join(", ", r.Themes.Concat(r.Tags)));
            csv.WriteField(r.Website);
            csv.WriteField(r.Email);
            csv.WriteField(r.Phone);
            csv.WriteField(r.Siret);
            csv.WriteField(LegalStatuses.Label(r.LegalStatus));
            csv.WriteField(r.Network);
            csv.WriteField(r.Slug);
            await csv.EndRecordAsync(ct);
            count++;
        }

        await csv.FlushAsync(ct);
        return count;
    }
}
