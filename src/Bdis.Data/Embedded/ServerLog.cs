namespace Bdis.Data.Embedded;

/// <summary>The one line that says why a PostgreSQL tool or server failed, out of its output and its log file.</summary>
internal static class ServerLog
{
    private static readonly string[] Severities = ["PANIC:", "FATAL:", "ERROR:"];

    public static string Reason(string? logFile, string output)
    {
        var lines = Tail(logFile).Concat(output.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        foreach (var severity in Severities)
        {
            if (lines.FirstOrDefault(l => l.Contains(severity, StringComparison.Ordinal)) is { } line)
            {
                return line[(line.IndexOf(severity, StringComparison.Ordinal) + severity.Length)..].Trim();
            }
        }

        return lines.LastOrDefault() ?? "?";
    }

    private static IEnumerable<string> Tail(string? logFile)
    {
        try
        {
            return logFile is null ? [] : File.ReadLines(logFile).TakeLast(20).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
