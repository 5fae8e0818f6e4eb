namespace Bdis.Core.Validation;

/// <summary>One broken rule: the field it concerns, a stable machine code and a message a person can read (French).</summary>
public sealed record RuleViolation(string Field, string Code, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
