using Xunit;

namespace Bdis.Testing;

/// <summary>A fact that needs the real samples of ../shared/data: skipped, saying why, when they are absent.</summary>
public sealed class SkippableSharedDataFactAttribute : FactAttribute
{
    public SkippableSharedDataFactAttribute()
    {
        if (SharedData.Folder is null)
        {
            Skip = SharedData.MissingReason;
        }
    }
}
