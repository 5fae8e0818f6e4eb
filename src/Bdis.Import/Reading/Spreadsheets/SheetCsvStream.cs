using System.Text;
using System.Xml;

namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>
/// A sheet's rows written out as the CSV the importer reads (UTF-8, ';', quoted when needed), produced as the
/// importer pulls it: one row in memory. Every row is written at the sheet's own row number (empty rows become empty
/// lines, the unused rest after the last row is left out) and padded to the widest row so far, as a spreadsheet's
/// CSV export pads its rows to the used columns.
/// </summary>
internal sealed class SheetCsvStream : ForwardOnlyStream
{
    private readonly IEnumerator<SheetRow> _rows;
    private readonly IDisposable _owner;
    private readonly StringBuilder _line = new();
    private byte[] _row = new byte[64 * 1024];
    private int _rowOffset;
    private int _rowLength;
    private long _nextRow = 1;
    private long _blankLines;
    private int _width;
    private bool _done;

    public SheetCsvStream(IEnumerable<SheetRow> rows, IDisposable owner)
    {
        _rows = rows.GetEnumerator();
        _owner = owner;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.Length == 0)
        {
            return 0;
        }

        while (_blankLines == 0 && _rowOffset == _rowLength)
        {
            if (_done || !NextRow())
            {
                _done = true;
                return 0;
            }
        }

        if (_blankLines > 0)
        {
            // Rows left empty between two rows keep their numbers as empty lines.
            var blanks = (int)Math.Min(_blankLines, buffer.Length);
            buffer[..blanks].Fill((byte)'\n');
            _blankLines -= blanks;
            return blanks;
        }

        var n = Math.Min(buffer.Length, _rowLength - _rowOffset);
        _row.AsSpan(_rowOffset, n).CopyTo(buffer);
        _rowOffset += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    private bool NextRow()
    {
        if (!MoveNext())
        {
            return false;
        }

        var row = _rows.Current;
        _blankLines = Math.Max(0, row.Number - _nextRow);
        _nextRow = Math.Max(_nextRow, row.Number) + 1;
        _width = Math.Max(_width, row.Cells.Count);
        _line.Clear();
        for (var i = 0; i < _width; i++)
        {
            if (i > 0)
            {
                _line.Append(';');
            }

            if (i < row.Cells.Count && row.Cells[i] is { } cell)
            {
                AppendField(cell);
            }
        }

        _line.Append('\n');
        Encode(row.Number);
        return true;
    }

    private bool MoveNext()
    {
        try
        {
            return _rows.MoveNext();
        }
        catch (XmlException e)
        {
            throw SafeXml.Invalid(e);
        }
        catch (InvalidDataException e)
        {
            throw new ImportFileException("Le classeur est endommagé : une de ses parties ne se décompresse pas. Enregistrez-le de nouveau depuis le tableur, ou au format CSV.", e);
        }
    }

    private void AppendField(string cell)
    {
        if (cell.AsSpan().IndexOfAny(";\"\n\r") < 0)
        {
            _line.Append(cell);
            return;
        }

        _line.Append('"');
        foreach (var c in cell)
        {
            _line.Append(c == '"' ? "\"\"" : c);
        }

        _line.Append('"');
    }

    private void Encode(long rowNumber)
    {
        var text = _line.ToString();
        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > CsvSource.MaxRecordBytes)
        {
            throw new ImportFileException(
                $"La ligne {rowNumber} du classeur dépasse {CsvSource.MaxRecordBytes / (1024 * 1024)} Mo de texte : elle ne peut pas être importée.");
        }

        if (bytes > _row.Length)
        {
            _row = new byte[bytes];
        }

        _rowLength = Encoding.UTF8.GetBytes(text, _row);
        _rowOffset = 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rows.Dispose();
            _owner.Dispose();
        }

        base.Dispose(disposing);
    }
}
