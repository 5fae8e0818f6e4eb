using System.Text.Json;
using Bdis.Core.Initiatives;

namespace Bdis.Import.Export;

/// <summary>An RFC 7946 FeatureCollection ([longitude, latitude]; a record without a location has a null geometry), streamed.</summary>
public static class GeoJsonExporter
{
    public static async Task<long> WriteAsync(IAsyncEnumerable<ExportRecord> records, Stream output, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        long count = 0;
        await foreach (var r in records.WithCancellation(ct))
        {
            WriteFeature(json, r);
            if (++count % 1000 == 0)
            {
                await json.FlushAsync(ct);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
        return count;
    }

    private static void WriteFeature(Utf8JsonWriter json, ExportRecord r)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        if (r is { Longitude: { } lon, Latitude: { } lat })
        {
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(lon);
            json.WriteNumberValue(lat);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("geometry");
        }

        json.WriteStartObject("properties");
        json.WriteString("name", r.Name);
        json.WriteString("slug", r.Slug);
        json.WriteString("externalId", r.ExternalId);
        json.WriteString("network", r.Network);
        json.WriteString("region", r.RegionCode);
        json.WriteString("department", r.DepartmentCode);
        json.WriteString("postcode", r.Postcode);
        json.WriteString("commune", r.Commune);
        json.WriteString("street", r.Street);
        json.WriteStartArray("themes");
        foreach (var theme in r.Themes)
        {
            json.WriteStringValue(theme);
        }

        json.WriteEndArray();
        json.WriteStartArray("tags");
        foreach (var tag in r.Tags)
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteString("legalStatus", LegalStatuses.Code(r.LegalStatus));
        json.WriteString("siret", r.Siret);
        json.WriteString("website", r.Website);
        json.WriteString("email", r.Email);
        json.WriteString("phone", r.Phone);
        json.WriteString("summary", r.Summary);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
