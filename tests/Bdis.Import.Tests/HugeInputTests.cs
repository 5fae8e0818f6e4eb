using System.Text;
using Bdis.Import.Reading;

namespace Bdis.Import.Tests;

/// <summary>Huge input is read as a stream: a record that never ends stops the import after a bounded amount of input.</summary>
public sealed class HugeInputTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    [Fact]
    public async Task A_quote_never_closed_in_a_2_gb_stream_stops_the_import_after_a_few_megabytes()
    {
        var before = await db.SnapshotAsync();
        var header = Encoding.UTF8.GetBytes("nom;cp;thèmes\nUn;13100;AMAP\n\"Deux;13100;AMAP\n");
        using var input = new GeneratedStream(header, (byte)'x', 2L * 1024 * 1024 * 1024);
        var error = await Assert.ThrowsAsync<ImportFileException>(() => db.ImportAsync("RES-A", input));
        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
        Assert.InRange(input.BytesRead, 8L * 1024 * 1024, 40L * 1024 * 1024);
        Assert.Equal(before, await db.SnapshotAsync());
    }

    [Fact]
    public async Task A_one_megabyte_field_rejects_nothing_but_that_value_and_is_reported()
    {
        var big = new string('a', 1024 * 1024);
        var report = await db.ImportTextAsync("RES-B", $"nom;cp;thèmes;description\nGrand texte;13100;AMAP;{big}\nPetit;13100;AMAP;court\n");
        Assert.Equal((2L, 2L, 0L), (report.Read, report.Created, report.Rejected));
        Assert.Equal("description", Assert.Single(report.Rows).Field);
        Assert.Equal(["Grand texte|", "Petit|court"], await db.RowsAsync("SELECT name, description FROM initiatives WHERE network_code = 'RES-B' ORDER BY name"));
    }

    [Fact]
    public async Task A_one_megabyte_name_rejects_the_row_with_a_readable_message()
    {
        var report = await db.ImportTextAsync("RES-C", $"nom;cp;thèmes\n{new string('n', 1024 * 1024)};13100;AMAP\nPetit;13100;AMAP\n");
        Assert.Equal((2L, 1L, 1L), (report.Read, report.Created, report.Rejected));
        Assert.Equal("Le nom dépasse 200 caractères (1048576).", Assert.Single(report.Rows).Message);
    }

    /// <summary>A non-seekable stream of a prefix then filler bytes, counting what has been read, without holding it.</summary>
    private sealed class GeneratedStream(byte[] prefix, byte filler, long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            for (var i = 0; i < n; i++)
            {
                var position = BytesRead + i;
                buffer[offset + i] = position < prefix.Length ? prefix[position] : filler;
            }

            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
