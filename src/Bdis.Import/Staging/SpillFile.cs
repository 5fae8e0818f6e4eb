using System.Text;
using Bdis.Core.Geo;
using Bdis.Core.Initiatives;
using Bdis.Import.Parsing;
using NetTopologySuite.Geometries;

namespace Bdis.Import.Staging;

/// <summary>
/// A temporary file holding the rows a direct load sets aside for the exact merge. While a COPY into
/// <c>initiatives</c> is open, the connection can take no other COPY, so those rows wait here (on disk, not in memory)
/// and go to the staging table once the direct COPY has ended. The file is deleted when disposed, or by the system
/// when the process dies.
/// </summary>
public sealed class SpillFile : IDisposable
{
    private readonly FileStream _file;
    private readonly BinaryWriter _writer;

    public SpillFile()
    {
        _file = new FileStream(Path.Combine(Path.GetTempPath(), $"bdis-import-{Guid.NewGuid():N}.spill"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);
    }

    public long Count { get; private set; }

    public void Write(StagedRecord record)
    {
        var i = record.Initiative;
        _writer.Write(record.Line);
        _writer.Write(i.Id.ToByteArray());
        _writer.Write(record.IdentityKey);
        _writer.Write(record.SlugBase);
        _writer.Write(i.Name);
        Text(i.Summary);
        Text(i.Description);
        Text(i.Address.Street);
        Text(i.Address.Postcode);
        Text(i.Address.Commune);
        Text(i.Address.InseeCode);
        _writer.Write(i.Location is not null);
        if (i.Location is not null)
        {
            _writer.Write(i.Location.X);
            _writer.Write(i.Location.Y);
        }

        Text(i.RegionCode);
        Text(i.DepartmentCode);
        List(i.Themes);
        List(i.Tags);
        Text(i.ExternalId);
        Text(i.Contacts.Website);
        Text(i.Contacts.Email);
        Text(i.Contacts.Phone);
        _writer.Write((int)i.LegalStatus);
        Text(i.Siret);
        _writer.Write((int)i.Status);
        _writer.Write(record.FirstOfIdentity is not null);
        if (record.FirstOfIdentity is { } first)
        {
            _writer.Write(first.Line);
            _writer.Write(first.Id.ToByteArray());
        }

        Count++;
    }

    /// <summary>Reads the rows back in the order they were written, in batches of at most <paramref name="batchSize"/>.</summary>
    public async IAsyncEnumerable<StagedRecord[]> ReadAllAsync(int batchSize)
    {
        _writer.Flush();
        _file.Position = 0;
        using var reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        var batch = new List<StagedRecord>(batchSize);
        for (long n = 0; n < Count; n++)
        {
            batch.Add(Read(reader));
            if (batch.Count == batchSize)
            {
                yield return batch.ToArray();
                batch.Clear();
                await Task.Yield();
            }
        }

        if (batch.Count > 0)
        {
            yield return batch.ToArray();
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }

    private static StagedRecord Read(BinaryReader r)
    {
        var line = r.ReadInt64();
        var id = new Guid(r.ReadBytes(16));
        var identityKey = r.ReadString();
        var slugBase = r.ReadString();
        var initiative = new Initiative
        {
            Id = id,
            Slug = slugBase,
            Name = r.ReadString(),
            Summary = Text(r),
            Description = Text(r),
            Address = new PostalAddress { Street = Text(r), Postcode = Text(r), Commune = Text(r), InseeCode = Text(r) },
        };
        if (r.ReadBoolean())
        {
            initiative.Location = GeoFactory.Factory.CreatePoint(new Coordinate(r.ReadDouble(), r.ReadDouble()));
        }

        initiative.RegionCode = Text(r);
        initiative.DepartmentCode = Text(r);
        initiative.Themes = List(r);
        initiative.Tags = List(r);
        initiative.ExternalId = Text(r);
        initiative.Contacts = new Contacts { Website = Text(r), Email = Text(r), Phone = Text(r) };
        initiative.LegalStatus = (LegalStatus)r.ReadInt32();
        initiative.Siret = Text(r);
        initiative.Status = (InitiativeStatus)r.ReadInt32();
        var record = new StagedRecord(line, initiative, identityKey, slugBase);
        if (r.ReadBoolean())
        {
            record.FirstOfIdentity = (r.ReadInt64(), new Guid(r.ReadBytes(16)));
        }

        return record;
    }

    private void Text(string? value)
    {
        _writer.Write(value is not null);
        if (value is not null)
        {
            _writer.Write(value);
        }
    }

    private void List(List<string> values)
    {
        _writer.Write(values.Count);
        foreach (var value in values)
        {
            _writer.Write(value);
        }
    }

    private static string? Text(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static List<string> List(BinaryReader r)
    {
        var values = new List<string>(r.ReadInt32());
        for (var n = values.Capacity; n > 0; n--)
        {
            values.Add(r.ReadString());
        }

        return values;
    }
}
