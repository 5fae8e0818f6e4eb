namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>The inflated bytes read from every part of one workbook, against <see cref="SpreadsheetLimits.MaxInflatedBytes"/>.</summary>
internal sealed class InflateBudget
{
    public long Total { get; private set; }

    public void Add(long bytes) => Total += bytes;
}
