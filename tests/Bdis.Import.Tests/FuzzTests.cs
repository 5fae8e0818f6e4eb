using System.Text;
using Bdis.Core.Validation;
using Bdis.Import.Reading;
using FsCheck.Xunit;

namespace Bdis.Import.Tests;

/// <summary>
/// Random bytes, truncated files and random quoting: every import ends in a report whose counts add up (and whose
/// records are all stored), or in a one-sentence file error with nothing stored. Never another exception.
/// </summary>
public sealed class FuzzTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    private static int _networks;

    private static readonly string ValidFile = """"
        id;nom;adresse;cp;ville;latitude;longitude;thèmes;description
        F1;"Épicerie ""Le Panier""";"12 rue des Lilas
        Bâtiment B";13100;Aix-en-Provence;43,5297;5,4474;Épicerie solidaire;"Vente; vrac"
        F2;Repair Café;;13001;Marseille;43.2965;5.3698;Réparation, repair café;
        F3;Jardin partagé des Lilas;3 impasse;69001;Lyon;;;Jardin partagé, Compost;"Une ""belle"" histoire
        sur deux lignes"
        F4;AMAP du Coin;;35000;Rennes;48.1173;-1.6778;AMAP;
        """".Replace("\n", "\r\n", StringComparison.Ordinal);

    [Property(MaxTest = 40)]
    public async Task<bool> Random_bytes_give_a_report_or_a_file_error_and_never_a_partial_write(byte[] bytes) =>
        await ImportsCleanlyAsync(bytes);

    [Property(MaxTest = 40)]
    public async Task<bool> Truncated_files_give_a_report_or_a_file_error_and_never_a_partial_write(int cut)
    {
        var bytes = Encoding.UTF8.GetBytes(ValidFile);
        return await ImportsCleanlyAsync(bytes[..(Math.Abs(cut % bytes.Length) + 1)]);
    }

    [Property(MaxTest = 40)]
    public async Task<bool> Random_quoting_and_separators_give_a_report_or_a_file_error_and_never_a_partial_write(int seed)
    {
        var random = new Random(seed);
        var pieces = new[] { "\"", "\"\"", ";", ",", "\t", "|", "\n", "\r\n", "\r", " ", "é", "Œ", "a", "b", "13100", "43,5", "=1+1", "<b>", "\0", "'" };
        var text = new StringBuilder("nom;cp;latitude;longitude;thèmes\n");
        var length = random.Next(0, 400);
        for (var i = 0; i < length; i++)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        return await ImportsCleanlyAsync(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private async Task<bool> ImportsCleanlyAsync(byte[] bytes)
    {
        var network = $"FZ-{Interlocked.Increment(ref _networks)}";
        await db.ExecuteAsync($"INSERT INTO networks (code, name, regions, created_at) VALUES ('{network}', 'Fuzz', ARRAY[]::text[], now())");
        try
        {
            var report = await db.ImportAsync(network, new MemoryStream(bytes));
            var stored = await db.ScalarAsync<long>($"SELECT count(*) FROM initiatives WHERE network_code = '{network}'");
            return report.Read == report.Created + report.Updated + report.Unchanged + report.Rejected && stored == report.Created;
        }
        catch (Exception e) when (e is ImportFileException or BdisValidationException)
        {
            return !e.Message.Contains('\n', StringComparison.Ordinal)
                && await db.ScalarAsync<long>($"SELECT count(*) FROM initiatives WHERE network_code = '{network}'") == 0;
        }
    }
}
