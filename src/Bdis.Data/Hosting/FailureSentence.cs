using System.Globalization;
using Bdis.Data.Embedded;
using Bdis.Data.Resources;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bdis.Data.Hosting;

/// <summary>
/// One sentence, in the console language, for a failure of the database or of the start-up, the same from the web
/// host and the CLI. The stack trace goes to the debug log only.
/// </summary>
public static class FailureSentence
{
    /// <summary>The sentence for a failure this library knows, or null.</summary>
    public static string? Describe(Exception e) => e switch
    {
        AggregateException { InnerExceptions.Count: 1 } a => Describe(a.InnerExceptions[0]),
        EmbeddedPostgresException p => p.Message,
        DatabaseSetupException s => s.Message,
        PostgresException pg => Format(Messages.DatabaseRefused, pg.MessageText),
        NpgsqlException n => Format(Messages.DatabaseUnreachable, n.InnerException?.Message ?? n.Message),
        TimeoutException t => Format(Messages.DatabaseUnreachable, t.Message),
        OptionsValidationException o => Format(Messages.InvalidConfiguration, o.Message),
        OperationCanceledException => Messages.Interrupted,
        _ => null,
    };

    /// <summary>The sentence for any failure: a known one, or "unexpected failure" with the exception's message.</summary>
    public static string DescribeAny(Exception e) => Describe(e) ?? e switch
    {
        UnauthorizedAccessException a => Format(Messages.AccessDenied, a.Message),
        IOException io => Format(Messages.FileProblem, io.Message),
        _ => Format(Messages.Unexpected, e.Message),
    };

    internal static string Format(string template, params object?[] values) =>
        string.Format(CultureInfo.CurrentCulture, template, values);
}
