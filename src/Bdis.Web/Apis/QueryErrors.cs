namespace Bdis.Web.Apis;

/// <summary>Collects query-string problems so a client learns about all of them in one 400 response.</summary>
public sealed class QueryErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string parameter, string message)
    {
        if (!_errors.TryGetValue(parameter, out var list))
        {
            _errors[parameter] = list = [];
        }

        list.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
