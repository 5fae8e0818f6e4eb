using System.Text.Json;
using Microsoft.Playwright;

namespace Bdis.E2E;

/// <summary>Screenshots and measurements kept after a run, in the test output folder (bin/…/artifacts, gitignored).</summary>
public static class Artifacts
{
    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });

    /// <summary>What the visitor sees without scrolling.</summary>
    public static Task ViewportScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png") });

    public static async Task RecordAsync(string name, object measurement)
    {
        var path = Path.Combine(Folder, name + ".json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(measurement, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"{name}: {JsonSerializer.Serialize(measurement)}");
    }
}
