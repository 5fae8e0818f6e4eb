namespace Bdis.Core.Validation;

/// <summary>
/// The one domain exception type: thrown when a record breaks the rules. Its message is meant for a person
/// (the web layer turns it into problem details or a form message, the CLI prints it).
/// </summary>
public sealed class BdisValidationException : Exception
{
    public BdisValidationException(IReadOnlyList<RuleViolation> violations)
        : base(string.Join(" ", violations.Select(v => v.Message)))
    {
        Violations = violations;
    }

    public BdisValidationException(string field, string code, string message)
        : this([new RuleViolation(field, code, message)])
    {
    }

    public BdisValidationException()
        : this("record", "invalid", "L'enregistrement est invalide.")
    {
    }

    public BdisValidationException(string message)
        : this("record", "invalid", message)
    {
    }

    public BdisValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Violations = [new RuleViolation("record", "invalid", message)];
    }

    public IReadOnlyList<RuleViolation> Violations { get; }
}
