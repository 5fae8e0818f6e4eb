namespace Bdis.Data.Hosting;

/// <summary>The database server cannot be used as it is (e.g. PostGIS is missing); the message says what to do.</summary>
public sealed class DatabaseSetupException : Exception
{
    public DatabaseSetupException()
    {
    }

    public DatabaseSetupException(string message)
        : base(message)
    {
    }

    public DatabaseSetupException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
