namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>
/// Reads one inflated zip part and stops it, with a clear sentence, as soon as the parts read so far expand past the
/// whole workbook's budget, or more than <see cref="SpreadsheetLimits.MaxRowXmlBytes"/> since the reader last marked the
/// start of a row: the XML reader above holds at most one row's text, whatever the part holds. (Each part's own size
/// and compression ratio are checked from the archive's directory: the inflater never gives more than an entry declares.)
/// </summary>
internal sealed class InflatedPartStream(Stream inner, string partName, InflateBudget budget) : ForwardOnlyStream
{
    private long _read;
    private long _rowStart;

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    /// <summary>The reader starts a new row (or shared text): the per-row allowance starts again.</summary>
    public void MarkRow() => _rowStart = _read;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Count(n);
        return n;
    }

    private void Count(int n)
    {
        _read += n;
        budget.Add(n);
        if (budget.Total > SpreadsheetLimits.MaxInflatedBytes)
        {
            throw Refused($"le classeur se décompresse en plus de {SpreadsheetLimits.MaxInflatedBytes / (1024 * 1024 * 1024)} Go de XML");
        }

        if (_read - _rowStart > SpreadsheetLimits.MaxRowXmlBytes)
        {
            throw Refused($"une ligne (ou un texte) de la partie {partName} dépasse {SpreadsheetLimits.MaxRowXmlBytes / (1024 * 1024)} Mo de XML");
        }
    }

    internal static ImportFileException Refused(string reason) =>
        new($"Le classeur est refusé : {reason}. Enregistrez la feuille au format CSV (UTF-8, séparateur « ; ») et importez ce fichier.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
