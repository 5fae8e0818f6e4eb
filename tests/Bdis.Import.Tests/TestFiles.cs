using Bdis.Core.Reference;

namespace Bdis.Import.Tests;

internal static class TestFiles
{
    private static readonly Lazy<Referentials> Shared = new(() => Referentials.Load());

    public static Referentials Referentials => Shared.Value;

    public static string PathTo(string name) => Path.Combine(AppContext.BaseDirectory, "Files", name);
}
