using System.Globalization;
using Bdis.Data.Hosting;

namespace Bdis.Web.Hosting;

public static class FatalStartup
{
    /// <summary>
    /// Runs the host until it stops. A failure to start (database unreachable, data folder unusable…) is one sentence
    /// on standard error in the console language, its detail at Debug level, and exit code 1: never a stack trace.
    /// </summary>
    public static int RunOrExplain(this WebApplication app)
    {
        // The console's language, for the start-up messages; each request gets the visitor's own (RequestLocalization).
        CultureInfo.CurrentUICulture = ConsoleLanguage.FromEnvironment();
        try
        {
            app.Run();
            return 0;
        }
        catch (Exception e) when (e is not HostAbortedException)
        {
            app.Logger.LogDebug(e, "The host did not start");
            Console.Error.WriteLine(FailureSentence.DescribeAny(e));
            return 1;
        }
    }
}
