using System.Text.Json;

namespace Bdis.Cli.Bench.Search;

/// <summary>Writes a GeoJSON FeatureCollection as the API would send it, to count its bytes.</summary>
public static class GeoJsonSize
{
    public static long Write(Action<Utf8JsonWriter> features)
    {
        // Counted, not kept: a country-wide naive payload is hundreds of megabytes.
        using var stream = new CountingStream();
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

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
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
