using Bdis.Import.Reports;

namespace Bdis.Import.Staging;

/// <summary>Records of other networks that may be the same structure (same SIRET, or a very similar name within 200 m): reported, never merged.</summary>
public static class CrossNetworkDuplicates
{
    private const string Sql = $"""
        SELECT s.line, s.name, i.name, i.network_code, (s.siret IS NOT NULL AND i.siret = s.siret) AS same_siret
        FROM {StagingTable.Name} s JOIN initiatives i ON i.network_code <> @network
            AND ((s.siret IS NOT NULL AND i.siret = s.siret)
              OR (s.location IS NOT NULL AND i.location IS NOT NULL AND ST_DWithin(i.location, s.location, 0.004)
                  AND ST_DWithin(i.location::geography, s.location::geography, 200)))
        WHERE s.duplicate_of IS NULL
        ORDER BY s.line, i.network_code, i.name, i.id
        """;

    public static async Task ReportAsync(Merger merger, ImportReport report, CancellationToken ct)
    {
        if (!await merger.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM initiatives WHERE network_code <> @network)", ct))
        {
            return;
        }

        await using var command = merger.Command(Sql, []);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (line, name, otherName, otherNetwork, sameSiret) = (reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4));
            if (sameSiret)
            {
                report.Warn(line, "siret", $"Doublon possible : « {otherName} » du réseau {otherNetwork} a le même SIRET (non fusionné).");
            }
            else if (Merger.SimilarNames(name, otherName))
            {
                report.Warn(line, "name", $"Doublon possible : « {otherName} » du réseau {otherNetwork}, nom très proche à moins de 200 m (non fusionné).");
            }
        }
    }
}
