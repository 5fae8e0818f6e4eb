using System.Diagnostics;
using System.Globalization;
using Bdis.Data.Hosting;
using Bdis.Data.Resources;

namespace Bdis.Data.Embedded;

/// <summary>Runs a PostgreSQL tool, as an unprivileged account when this process is root, and captures its output.</summary>
internal sealed class ProcessRunner(string? runAsUser)
{
    public string? RunAsUser { get; } = runAsUser;

    public async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken ct)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (RunAsUser is null)
        {
            info.FileName = program;
        }
        else
        {
            info.FileName = "runuser";
            info.ArgumentList.Add("-u");
            info.ArgumentList.Add(RunAsUser);
            info.ArgumentList.Add("--");
            info.ArgumentList.Add(program);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Messages in English whatever the machine's locale, so they can be logged and matched.
        info.Environment["LC_MESSAGES"] = "C";
        info.Environment.Remove("PGDATA");
        info.Environment.Remove("PGPORT");

        using var process = Process.Start(info) ?? throw new EmbeddedPostgresException(FailureSentence.Format(Messages.ToolDidNotStart, program));
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new EmbeddedPostgresException(FailureSentence.Format(Messages.ToolTimedOut, Path.GetFileName(program), timeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)));
        }

        return (process.ExitCode, (await stdout + await stderr).Trim());
    }
}
