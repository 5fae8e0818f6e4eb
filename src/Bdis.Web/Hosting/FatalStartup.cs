using System.Globalization;
using Bdis.Data.Hosting;
using Bdis.Data.Resources;
using Microsoft.AspNetCore.Connections;

namespace Bdis.Web.Hosting;

public static class FatalStartup
{
    /// <summary>
    /// Runs the host until it stops. A failure to start (database unreachable, data folder unusable, address taken…)
    /// stops what had started (the embedded cluster), then is one sentence on standard error in the console language,
    /// its detail at Debug level, and exit code 1: never a stack trace.
    /// </summary>
    public static async Task<int> RunOrExplainAsync(this WebApplication app)
    {
        // The console's language, for the start-up messages; each request gets the visitor's own (RequestLocalization).
        CultureInfo.CurrentUICulture = ConsoleLanguage.FromEnvironment();
        try
        {
            try
            {
                await app.StartAsync();
            }
            catch
            {
                await app.StopAsync(CancellationToken.None);
                throw;
            }

            await app.WaitForShutdownAsync();
            return 0;
        }
        catch (Exception e) when (e is not HostAbortedException)
        {
            app.Logger.LogDebug(e, "The host did not start");
            await Console.Error.WriteLineAsync(e is IOException { InnerException: AddressInUseException } busy
                ? string.Format(CultureInfo.CurrentCulture, Messages.AddressInUse, busy.Message)
                : FailureSentence.DescribeAny(e));
            return 1;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
