namespace Bdis.Import.Reading;

/// <summary>The file cannot be imported at all (not text, unreadable, no usable column); the message is one sentence.</summary>
public sealed class ImportFileException : Exception
{
    public ImportFileException(string message)
        : base(message)
    {
    }

    public ImportFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ImportFileException()
        : base("The file cannot be imported.")
    {
    }
}
