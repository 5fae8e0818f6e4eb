namespace Bdis.Import.Reports;

/// <summary>
/// What an import did: every record read is counted exactly once as created, updated, unchanged or rejected,
/// so the four add up to <see cref="Read"/>. Warnings concern records that were nevertheless imported.
/// </summary>
public sealed class ImportReport
{
    /// <summary>Messages kept in memory; past this the counts stay exact but further messages are only counted.</summary>
    public const int MaxRows = 100_000;

    private readonly List<ReportRow> _rows = [];
    private readonly List<PhaseTiming> _phases = [];

    public long Read { get; internal set; }

    public long Created { get; internal set; }

    public long Updated { get; internal set; }

    public long Unchanged { get; internal set; }

    public long Rejected { get; internal set; }

    public long Warnings { get; private set; }

    public bool DryRun { get; internal set; }

    /// <summary>True when the new records were inserted with the secondary indexes dropped and rebuilt (the bulk path).</summary>
    public bool IndexesRebuilt { get; internal set; }

    /// <summary>Category labels that matched no theme, kept as tags on the records (label → number of rows).</summary>
    public SortedDictionary<string, int> UnknownCategories { get; } = new(StringComparer.Ordinal);

    /// <summary>What the public will see of the imported records (published, drafts, not on the map).</summary>
    public PublicView Public { get; } = new();

    /// <summary>Values repaired on the way in, and damaged ones reported.</summary>
    public RepairCounts Repairs { get; } = new();

    public IReadOnlyList<ReportRow> Rows => _rows;

    /// <summary>Messages left out of <see cref="Rows"/> because there were more than <see cref="MaxRows"/>.</summary>
    public long OmittedRows { get; private set; }

    /// <summary>Where the time went, step by step, in the order the steps ran.</summary>
    public IReadOnlyList<PhaseTiming> Phases => _phases;

    internal void Timed(string phase, TimeSpan duration) => _phases.Add(new PhaseTiming(phase, duration));

    public void Warn(long line, string field, string message)
    {
        Warnings++;
        Add(new ReportRow(line, field, Severity.Warning, message));
    }

    public void Error(long line, string field, string message) => Add(new ReportRow(line, field, Severity.Error, message));

    /// <summary>Something done exactly on the importer's own (not counted in <see cref="Warnings"/>).</summary>
    public void Info(long line, string field, string message) => Add(new ReportRow(line, field, Severity.Info, message));

    private void Add(ReportRow row)
    {
        if (_rows.Count < MaxRows)
        {
            _rows.Add(row);
        }
        else
        {
            OmittedRows++;
        }
    }

    /// <summary>Orders the messages by line, errors first; a stable sort, so messages of one line keep the order they were found in.</summary>
    internal void SortRows()
    {
        var sorted = _rows.OrderBy(r => r.Line).ThenBy(r => r.Severity).ToList();
        _rows.Clear();
        _rows.AddRange(sorted);
    }
}
