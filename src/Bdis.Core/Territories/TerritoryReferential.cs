using Bdis.Core.Reference;
using Bdis.Core.Text;

namespace Bdis.Core.Territories;

/// <summary>
/// Regions, departments and communes from <c>data/territories/</c>, and the postcode → commune → department → region
/// correspondence used to place a record whose file gives only a postcode or an INSEE code.
/// </summary>
public sealed class TerritoryReferential
{
    private readonly Dictionary<string, Region> _regions;
    private readonly Dictionary<string, Department> _departments;
    private readonly Dictionary<string, Commune> _communes;
    private readonly Dictionary<string, List<Commune>> _byPostcode;

    public TerritoryReferential(IEnumerable<Region> regions, IEnumerable<Department> departments, IEnumerable<Commune> communes)
    {
        Regions = regions.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();
        Departments = departments.OrderBy(d => d.Code, StringComparer.Ordinal).ToArray();
        _regions = Regions.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);
        _departments = Departments.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);
        _communes = new Dictionary<string, Commune>(StringComparer.OrdinalIgnoreCase);
        _byPostcode = new Dictionary<string, List<Commune>>(StringComparer.Ordinal);
        foreach (var commune in communes)
        {
            _communes[commune.InseeCode] = commune;
            foreach (var postcode in commune.Postcodes)
            {
                if (!_byPostcode.TryGetValue(postcode, out var list))
                {
                    _byPostcode[postcode] = list = [];
                }

                list.Add(commune);
            }
        }
    }

    public IReadOnlyList<Region> Regions { get; }

    public IReadOnlyList<Department> Departments { get; }

    public int CommuneCount => _communes.Count;

    /// <summary>Every commune (and the arrondissements of Paris, Lyon and Marseille), in no particular order.</summary>
    public IEnumerable<Commune> Communes => _communes.Values;

    public static TerritoryReferential Load(string dataFolder)
    {
        var folder = Path.Combine(dataFolder, "territories");
        var regions = SemicolonFile.Read(Path.Combine(folder, "regions.csv")).Select(r => new Region(r["code"], r["name"]));
        var departments = SemicolonFile.Read(Path.Combine(folder, "departments.csv"))
            .Select(r => new Department(r["code"], r["name"], r["region"]));
        var communes = SemicolonFile.Read(Path.Combine(folder, "communes.csv")).Select(r => new Commune(
            r["insee"], r["name"], r["department"], r["region"],
            r["postcodes"].Split(' ', StringSplitOptions.RemoveEmptyEntries),
            r.TryGetValue("population", out var population) && int.TryParse(population, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var people) ? people : 0));
        return new TerritoryReferential(regions, departments, communes);
    }

    public Region? FindRegion(string? code) => code is not null && _regions.TryGetValue(code, out var r) ? r : null;

    public Department? FindDepartment(string? code) =>
        code is not null && _departments.TryGetValue(NormalizeDepartmentCode(code), out var d) ? d : null;

    public Commune? FindCommune(string? inseeCode) =>
        inseeCode is not null && _communes.TryGetValue(inseeCode.Trim(), out var c) ? c : null;

    public IReadOnlyList<Commune> CommunesForPostcode(string? postcode) =>
        NormalizePostcode(postcode) is { } pc && _byPostcode.TryGetValue(pc, out var list) ? list : [];

    public IEnumerable<Department> DepartmentsOf(string regionCode) => Departments.Where(d => d.RegionCode == regionCode);

    /// <summary>
    /// Derives department and region: the INSEE commune code first (exact), then the postcode (choosing among its
    /// communes by name when it serves several departments), then the postcode's leading digits.
    /// </summary>
    public TerritoryMatch? Resolve(string? postcode, string? inseeCode, string? communeName = null)
    {
        if (FindCommune(inseeCode) is { } byInsee)
        {
            return new TerritoryMatch(byInsee.DepartmentCode, byInsee.RegionCode, byInsee);
        }

        var candidates = CommunesForPostcode(postcode);
        if (candidates.Count > 0)
        {
            var nameKey = TextKey.Normalize(communeName);
            var chosen = candidates.FirstOrDefault(c => nameKey.Length > 0 && TextKey.Normalize(c.Name) == nameKey)
                ?? (candidates.Count == 1 ? candidates[0] : null);
            if (chosen is not null)
            {
                return new TerritoryMatch(chosen.DepartmentCode, chosen.RegionCode, chosen);
            }

            // A postcode may also serve a few streets of a neighbouring department: prefer the department its
            // leading digits name, then accept the answer only when it is unambiguous.
            var prefixDepartment = DepartmentFromPostcodePrefix(NormalizePostcode(postcode));
            var likely = candidates.Where(c => c.DepartmentCode == prefixDepartment).ToList();
            var pool = likely.Count > 0 ? likely : candidates.ToList();
            var first = pool[0];
            return pool.All(c => c.DepartmentCode == first.DepartmentCode)
                ? new TerritoryMatch(first.DepartmentCode, first.RegionCode, null)
                : null;
        }

        return FindDepartment(DepartmentFromPostcodePrefix(NormalizePostcode(postcode))) is { } department
            ? new TerritoryMatch(department.Code, department.RegionCode, null)
            : null;
    }

    /// <summary>"4000" (a spreadsheet dropped the zero) → "04000"; anything but 4–5 digits → null.</summary>
    public static string? NormalizePostcode(string? postcode)
    {
        var trimmed = postcode?.Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length is < 4 or > 5 || !trimmed.All(char.IsAsciiDigit))
        {
            return null;
        }

        return trimmed.PadLeft(5, '0');
    }

    /// <summary>"1" → "01", "2a" → "2A"; overseas three-digit codes are kept.</summary>
    public static string NormalizeDepartmentCode(string code)
    {
        var trimmed = code.Trim().ToUpperInvariant();
        return trimmed.Length == 1 && char.IsAsciiDigit(trimmed[0]) ? "0" + trimmed : trimmed;
    }

    private static string? DepartmentFromPostcodePrefix(string? postcode)
    {
        if (postcode is null)
        {
            return null;
        }

        if (postcode.StartsWith("97", StringComparison.Ordinal) || postcode.StartsWith("98", StringComparison.Ordinal))
        {
            // Overseas postcodes not in the commune list are those of the collectivities (Saint-Martin 97150,
            // Saint-Barthélemy 97133, Saint-Pierre-et-Miquelon 975xx…), which belong to none of the 101 departments.
            return null;
        }

        if (postcode.StartsWith("20", StringComparison.Ordinal))
        {
            // Corsica: 200xx–201xx are Corse-du-Sud, 202xx–206xx Haute-Corse.
            return postcode[2] is '0' or '1' ? "2A" : "2B";
        }

        return postcode[..2];
    }
}
