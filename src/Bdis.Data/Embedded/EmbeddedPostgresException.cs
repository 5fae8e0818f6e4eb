namespace Bdis.Data.Embedded;

/// <summary>The private cluster could not be set up or started; the message says what to do.</summary>
public sealed class EmbeddedPostgresException : Exception
{
    public EmbeddedPostgresException()
    {
    }

    public EmbeddedPostgresException(string message)
        : base(message)
    {
    }

    public EmbeddedPostgresException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
