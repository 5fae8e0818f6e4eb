using System.Text.Json;

namespace Bdis.Cli.Bench.Search;

/// <summary>Writes a GeoJSON FeatureCollection as the API would send it, to count its bytes.</summary>
public static class GeoJsonSize
{
    public static long Write(Action<Utf8JsonWriter> features)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "FeatureCollection");
            writer.WriteStartArray("features");
            features(writer);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return stream.Length;
    }

    public static void Point(Utf8JsonWriter writer, double lon, double lat, Action<Utf8JsonWriter> properties)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteStartObject("geometry");
        writer.WriteString("type", "Point");
        writer.WriteStartArray("coordinates");
        writer.WriteNumberValue(Math.Round(lon, 6));
        writer.WriteNumberValue(Math.Round(lat, 6));
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        properties(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
