namespace Bdis.Core.Initiatives;

public enum SourceKind
{
    Form = 0,
    Import = 1,
    Submission = 2,
    Demo = 3,
}
