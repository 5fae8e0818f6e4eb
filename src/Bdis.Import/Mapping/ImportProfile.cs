using System.Text.Json;
using System.Text.Json.Serialization;
using Bdis.Import.Reading;

namespace Bdis.Import.Mapping;

/// <summary>
/// A network's mapping file (JSON, see data/import-profiles/): which column feeds which field when the names are not
/// the usual ones, and which of the network's category labels stand for which theme codes.
/// </summary>
public sealed class ImportProfile
{
    /// <summary>Column header → field name ("name", "postcode", "categories"…); "ignore" leaves a column out.</summary>
    [JsonPropertyName("columns")]
    public Dictionary<string, string> Columns { get; init; } = [];

    /// <summary>The network's own category label → one or more theme codes of the referential.</summary>
    [JsonPropertyName("categories")]
    public Dictionary<string, List<string>> Categories { get; init; } = [];

    /// <summary>Themes given to records whose categories match none (the network's main field of activity).</summary>
    [JsonPropertyName("defaultThemes")]
    public List<string> DefaultThemes { get; init; } = [];

    /// <summary>"wgs84", "lambert93", or null to detect from the header names and the values.</summary>
    [JsonPropertyName("coordinates")]
    public string? Coordinates { get; init; }

    public static ImportProfile Empty { get; } = new();

    public static ImportProfile Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<ImportProfile>(stream, new JsonSerializerOptions
            {
                ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true,
            }) ?? Empty;
        }
        catch (JsonException e)
        {
            throw new ImportFileException($"The mapping file {Path.GetFileName(path)} is not valid JSON ({e.Message}).", e);
        }
        catch (FileNotFoundException e)
        {
            throw new ImportFileException($"The mapping file {path} does not exist.", e);
        }
    }
}
