namespace Bdis.Core.Validation;

/// <summary>Collects rule violations, then throws them together so a user sees every problem at once.</summary>
public sealed class Violations
{
    private readonly List<RuleViolation> _items = [];

    public IReadOnlyList<RuleViolation> Items => _items;

    public bool IsEmpty => _items.Count == 0;

    public void Add(string field, string code, string message) => _items.Add(new RuleViolation(field, code, message));

    public void MaxLength(string field, string? value, int max, string label)
    {
        if (value is not null && value.Length > max)
        {
            Add(field, "too_long", $"{label} dépasse {max} caractères ({value.Length}).");
        }
    }

    public void ThrowIfAny()
    {
        if (_items.Count > 0)
        {
            throw new BdisValidationException(_items.ToArray());
        }
    }
}
