using Bdis.Core.Initiatives;
using Bdis.Import.Parsing;
using Bdis.Import.Reports;

namespace Bdis.Import.Staging;

/// <summary>Counts what the public will see of the imported records (<see cref="PublicView"/>), inside the import's transaction.</summary>
public static class PublicCounts
{
    /// <summary>
    /// The staged rows that became or designate a record. New records hold exactly their staged values, so the staging
    /// table alone answers unless some rows updated a record (<paramref name="anyMatched"/>): then each row is read
    /// through its record, whose status (an archived one stays so) and position may not be the file's.
    /// </summary>
    public static async Task AddStagedAsync(Merger merger, bool anyMatched, PublicView view, CancellationToken ct)
    {
        var from = anyMatched
            ? $"{StagingTable.Name} s JOIN initiatives r ON r.id = coalesce(s.target_id, s.id) WHERE s.duplicate_of IS NULL"
            : $"{StagingTable.Name} r WHERE r.duplicate_of IS NULL";
        await using var command = merger.Command($"""
            SELECT count(*) FILTER (WHERE r.status = {(int)InitiativeStatus.Published}),
                count(*) FILTER (WHERE r.status = {(int)InitiativeStatus.Published} AND r.location IS NULL),
                count(*) FILTER (WHERE r.status = {(int)InitiativeStatus.Draft}),
                count(*) FILTER (WHERE r.status = {(int)InitiativeStatus.Draft} AND cardinality(r.themes) = 0),
                count(*) FILTER (WHERE r.status NOT IN ({(int)InitiativeStatus.Published}, {(int)InitiativeStatus.Draft}))
            FROM {from}
            """, []);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        view.Add(new PublicView
        {
            Published = reader.GetInt64(0), PublishedNotOnMap = reader.GetInt64(1), Drafts = reader.GetInt64(2),
            DraftsWithoutTheme = reader.GetInt64(3), OtherUnpublished = reader.GetInt64(4),
        });
    }

    /// <summary>A row copied straight into <c>initiatives</c> (direct load): a new record holding exactly its values.</summary>
    public static void AddNew(StagedRecord record, PublicView view)
    {
        var i = record.Initiative;
        switch (i.Status)
        {
            case InitiativeStatus.Published:
                view.Published++;
                view.PublishedNotOnMap += i.Location is null ? 1 : 0;
                break;
            case InitiativeStatus.Draft:
                view.Drafts++;
                view.DraftsWithoutTheme += i.Themes.Count == 0 ? 1 : 0;
                break;
            default:
                view.OtherUnpublished++;
                break;
        }
    }
}
